package jp.vaccinationoffice.caseserver.certificates;

/** Where an electronic application ended: {@code certificateId} is null unless the status is ISSUED. */
public record ElectronicCertificateReceipt(String requestId, String status, String certificateId) {}
