package jp.vaccinationoffice.workers.gateway.vrs;

import static jp.vaccinationoffice.workers.gateway.JsonHttpClient.segment;

import java.util.Map;
import java.util.Objects;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.IdempotentCalls;
import jp.vaccinationoffice.workers.gateway.JsonHttpClient;
import jp.vaccinationoffice.workers.gateway.NationalSystem;

/**
 * The vaccination record system (VRS). Every operation addresses one municipality's partition.
 * Business answers come back as results; technical faults throw
 * {@link jp.vaccinationoffice.workers.gateway.NationalSystemUnavailableException}, refused requests
 * {@link jp.vaccinationoffice.workers.gateway.NationalSystemRejectedException}.
 */
public class VrsGateway {

  public static final String QUERY = "QUERY";
  public static final String REGISTER_TICKET = "REGISTER_TICKET";
  public static final String INQUIRE = "INQUIRE";
  public static final String INQUIRY_STATUS = "INQUIRY_STATUS";
  public static final String PROVIDE = "PROVIDE";
  public static final String CERTIFICATE_LOOKUP = "CERTIFICATE_LOOKUP";
  public static final String CORRECT = "CORRECT";

  private final JsonHttpClient http;
  private final IdempotentCalls calls;

  public VrsGateway(JsonHttpClient http, IdempotentCalls calls) {
    this.http = http;
    this.calls = calls;
  }

  /** The records of a person in the partition of {@code municipality}; no other partition is read. */
  public RecordsQueryResult queryRecords(CallScope scope, MunicipalityCode municipality, MyNumber myNumber) {
    String path = municipalityPath(municipality) + "/queries";
    Map<String, String> body = Map.of("myNumber", digits(myNumber));
    return calls.run(scope, NationalSystem.VRS, QUERY,
        key -> http.post(QUERY, path, body, key, RecordsQueryResult.class), RecordsQueryResult::outcome);
  }

  public TicketRegistration registerTicket(CallScope scope, MunicipalityCode municipality, MyNumber myNumber, String ticketNumber) {
    Objects.requireNonNull(ticketNumber, "ticketNumber");
    String path = municipalityPath(municipality) + "/tickets";
    Map<String, String> body = Map.of("myNumber", digits(myNumber), "ticketNumber", ticketNumber);
    return calls.run(scope, NationalSystem.VRS, REGISTER_TICKET,
        key -> http.post(REGISTER_TICKET, path, body, key, TicketRegistration.class), ticket -> TicketRegistration.Outcome.REGISTERED);
  }

  /** Asks {@code to} for a person's records; the answer arrives later, see {@link #inquiryState}. */
  public InquiryReceipt sendInquiry(CallScope scope, MunicipalityCode from, MunicipalityCode to, MyNumber myNumber) {
    Map<String, String> body = Map.of(
        "fromMunicipalityCode", Objects.requireNonNull(from, "from").value(),
        "toMunicipalityCode", Objects.requireNonNull(to, "to").value(),
        "myNumber", digits(myNumber));
    return calls.run(scope, NationalSystem.VRS, INQUIRE,
        key -> http.post(INQUIRE, "/inquiries", body, key, InquiryReceipt.class), InquiryReceipt::status);
  }

  /**
   * Reads where an inquiry stands. A read that is polled repeatedly: it carries no idempotency key,
   * because replaying the first answer would keep returning PENDING.
   */
  public InquiryState inquiryState(String inquiryId) {
    return http.get(INQUIRY_STATUS, "/inquiries/" + segment(Objects.requireNonNull(inquiryId, "inquiryId")), InquiryState.class);
  }

  /** Answers an inquiry addressed to {@code answering} (records provision). */
  public InquiryReceipt answerInquiry(CallScope scope, MunicipalityCode answering, String inquiryId, InquiryAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    String path = municipalityPath(answering) + "/inquiries/" + segment(Objects.requireNonNull(inquiryId, "inquiryId")) + "/answer";
    return calls.run(scope, NationalSystem.VRS, PROVIDE,
        key -> http.post(PROVIDE, path, answer, key, InquiryReceipt.class), InquiryReceipt::status);
  }

  /** The holder and records for issuing a vaccination certificate. */
  public CertificateLookup lookUpForCertificate(CallScope scope, MunicipalityCode municipality, MyNumber myNumber) {
    String path = municipalityPath(municipality) + "/certificate-lookups";
    Map<String, String> body = Map.of("myNumber", digits(myNumber));
    return calls.run(scope, NationalSystem.VRS, CERTIFICATE_LOOKUP,
        key -> http.post(CERTIFICATE_LOOKUP, path, body, key, CertificateLookup.class), CertificateLookup::outcome);
  }

  /**
   * Corrects a dose held in {@code municipality}'s partition and has VRS notify the recipients. A
   * partition that does not hold the person or the dose is a rejection (404), as is a dose number
   * already taken (409).
   */
  public CorrectionReceipt correctDose(CallScope scope, MunicipalityCode municipality, MyNumber myNumber, DoseCorrection correction) {
    Objects.requireNonNull(correction, "correction");
    String path = municipalityPath(municipality) + "/corrections";
    Map<String, Object> body = Map.of(
        "myNumber", digits(myNumber),
        "doseNumber", correction.doseNumber(),
        "item", correction.item().name(),
        "value", correction.value(),
        "notifyMunicipalityCodes", correction.recipients().stream().map(MunicipalityCode::value).toList());
    return calls.run(scope, NationalSystem.VRS, CORRECT,
        key -> http.post(CORRECT, path, body, key, CorrectionReceipt.class), receipt -> CorrectionReceipt.Outcome.CORRECTED);
  }

  private static String municipalityPath(MunicipalityCode municipality) {
    return "/municipalities/" + Objects.requireNonNull(municipality, "municipality").value();
  }

  private static String digits(MyNumber myNumber) {
    return Objects.requireNonNull(myNumber, "myNumber").digits();
  }
}
