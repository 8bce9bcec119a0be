package jp.vaccinationoffice.workers.gateway.vrs;

import java.util.List;

/** What this municipality answers to an inquiry addressed to it. */
public record InquiryAnswer(InquiryStatus outcome, List<VaccinationRecord> records) {

  public InquiryAnswer {
    if (outcome == null || outcome == InquiryStatus.PENDING) {
      throw new IllegalArgumentException("an inquiry answer is ANSWERED, NOT_FOUND or REFUSED");
    }
    records = records == null ? List.of() : List.copyOf(records);
    if ((outcome == InquiryStatus.ANSWERED) == records.isEmpty()) {
      throw new IllegalArgumentException("an ANSWERED answer carries records, NOT_FOUND and REFUSED carry none");
    }
  }

  public static InquiryAnswer answered(List<VaccinationRecord> records) {
    return new InquiryAnswer(InquiryStatus.ANSWERED, records);
  }

  public static InquiryAnswer notFound() {
    return new InquiryAnswer(InquiryStatus.NOT_FOUND, List.of());
  }

  public static InquiryAnswer refused() {
    return new InquiryAnswer(InquiryStatus.REFUSED, List.of());
  }
}
