package jp.vaccinationoffice.simulators.vrs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.vaccinationoffice.simulators.support.Sex;

/** The JSON bodies of the VRS simulator. */
public final class VrsMessages {

  private VrsMessages() {}

  /** One vaccination (接種記録). */
  public record Dose(Integer doseNumber, LocalDate date, String manufacturer, String product, String lot) {}

  public record PersonSeed(
      String myNumber,
      String familyName,
      String givenName,
      String familyNameKana,
      String givenNameKana,
      LocalDate birthDate,
      Sex sex,
      List<Dose> doses) {}

  public record SeedAnswer(String municipalityCode, String myNumberLast4, int doses) {}

  /** Body of queries and certificate look-ups. */
  public record PersonRequest(String myNumber) {}

  public record QueryAnswer(RecordsOutcome outcome, List<Dose> records) {}

  public record Holder(
      String familyName, String givenName, String familyNameKana, String givenNameKana, LocalDate birthDate, Sex sex) {}

  public record CertificateAnswer(RecordsOutcome outcome, Holder holder, List<Dose> records) {}

  public enum RecordsOutcome {
    FOUND,
    NOT_FOUND
  }

  public record TicketRequest(String myNumber, String ticketNumber) {}

  public record TicketAnswer(String municipalityCode, String ticketNumber, Instant registeredAt) {}

  public record TicketView(String ticketNumber, String myNumberLast4, Instant registeredAt) {}

  public record InquiryRequest(String fromMunicipalityCode, String toMunicipalityCode, String myNumber) {}

  public record InquiryReceipt(String inquiryId, InquiryStatus status) {}

  public record InquiryAnswer(InquiryStatus outcome, List<Dose> records) {}

  public record InquiryView(
      String inquiryId,
      String fromMunicipalityCode,
      String toMunicipalityCode,
      String myNumberLast4,
      InquiryStatus status,
      List<Dose> records,
      Instant createdAt,
      Instant answeredAt,
      DeliveryState delivery,
      int deliveryAttempts) {}

  /** What the VRS posts to the answering municipality's inbound endpoint. */
  public record InquiryDelivery(String inquiryId, String fromMunicipalityCode, String toMunicipalityCode, String myNumber) {}

  /** A dose item VRS corrects (the items of {@link Dose}). */
  public enum CorrectedItem {
    DOSE_NUMBER,
    DATE,
    MANUFACTURER,
    PRODUCT,
    LOT
  }

  /** A correction of one dose item, and the municipalities that received the record and are told. */
  public record CorrectionRequest(
      String myNumber, Integer doseNumber, CorrectedItem item, String value, List<String> notifyMunicipalityCodes) {}

  public record NoticeReceipt(String noticeId, String municipalityCode) {}

  public record CorrectionAnswer(
      String correctionId, String municipalityCode, Integer doseNumber, CorrectedItem item, List<NoticeReceipt> notices,
      Instant correctedAt) {}

  /** A correction notice as the recipient municipality sees it: which dose of whom was corrected where. */
  public record CorrectionNoticeView(
      String noticeId, String correctionId, String fromMunicipalityCode, String myNumberLast4, Integer doseNumber,
      CorrectedItem item, String value, Instant sentAt) {}
}
