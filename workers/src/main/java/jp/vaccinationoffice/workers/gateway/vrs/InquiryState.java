package jp.vaccinationoffice.workers.gateway.vrs;

import java.util.List;

/** An inquiry as the VRS tracks it; records only when ANSWERED. */
public record InquiryState(
    String inquiryId, String fromMunicipalityCode, String toMunicipalityCode, InquiryStatus status, List<VaccinationRecord> records) {

  public InquiryState {
    records = records == null ? List.of() : List.copyOf(records);
  }
}
