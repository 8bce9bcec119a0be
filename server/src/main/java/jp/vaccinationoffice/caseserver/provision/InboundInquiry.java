package jp.vaccinationoffice.caseserver.provision;

/** An inquiry VRS delivers: another municipality asks this one about a person who moved there. */
public record InboundInquiry(String inquiryId, String fromMunicipalityCode, String toMunicipalityCode, String myNumber) {}
