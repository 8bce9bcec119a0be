package jp.vaccinationoffice.workers.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.vaccinationoffice.workers.gateway.vrs.CertificateLookup;
import jp.vaccinationoffice.workers.gateway.vrs.CorrectedItem;
import jp.vaccinationoffice.workers.gateway.vrs.CorrectionReceipt;
import jp.vaccinationoffice.workers.gateway.vrs.DoseCorrection;
import jp.vaccinationoffice.workers.gateway.vrs.InquiryAnswer;
import jp.vaccinationoffice.workers.gateway.vrs.InquiryReceipt;
import jp.vaccinationoffice.workers.gateway.vrs.InquiryState;
import jp.vaccinationoffice.workers.gateway.vrs.InquiryStatus;
import jp.vaccinationoffice.workers.gateway.vrs.RecordsOutcome;
import jp.vaccinationoffice.workers.gateway.vrs.RecordsQueryResult;
import jp.vaccinationoffice.workers.gateway.vrs.TicketRegistration;
import jp.vaccinationoffice.workers.gateway.vrs.VaccinationRecord;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VrsGatewayTest extends GatewayTest {

  private VrsGateway vrs;

  @BeforeEach
  void gateway() {
    vrs = new VrsGateway(client(NationalSystem.VRS, "vrs"), calls);
  }

  @Test
  void findsTheRecordsInTheAddressedPartition() {
    simulators.seedVrsPerson(UBE.value(), TARO_DIGITS, List.of(dose(1, "2021-06-01", "FA1234"), dose(2, "2021-06-22", "FA2345")));
    CallScope scope = newScope("query-vrs");

    RecordsQueryResult result = vrs.queryRecords(scope, UBE, TARO);

    assertThat(result.outcome()).isEqualTo(RecordsOutcome.FOUND);
    assertThat(result.records()).containsExactly(
        new VaccinationRecord(1, LocalDate.of(2021, 6, 1), "ファイザー", "コミナティ", "FA1234"),
        new VaccinationRecord(2, LocalDate.of(2021, 6, 22), "ファイザー", "コミナティ", "FA2345"));
    String key = IdempotencyKeys.derive(scope, NationalSystem.VRS, VrsGateway.QUERY);
    NationalSystemCall row = keys.find(key).orElseThrow();
    assertThat(row.outcome()).isEqualTo("FOUND");
    assertThat(row.completedAt()).isNotNull();
    assertThat(row.caseId()).isEqualTo(scope.caseId());
    assertThat(simulators.get("/vrs/calls?operation=QUERY").get(0).path("idempotencyKey").asText()).isEqualTo(key);
  }

  @Test
  void notFoundInAnotherMunicipalityIsABusinessOutcome() {
    simulators.seedVrsPerson(UBE.value(), TARO_DIGITS, List.of(dose(1, "2021-06-01", "FA1234")));

    RecordsQueryResult result = vrs.queryRecords(newScope("query-vrs"), HOFU, TARO);

    assertThat(result.outcome()).isEqualTo(RecordsOutcome.NOT_FOUND);
    assertThat(result.found()).isFalse();
    assertThat(result.records()).isEmpty();
  }

  @Test
  void aRetriedTicketRegistrationHasOneEffect() {
    CallScope scope = newScope("issue-ticket");

    TicketRegistration first = vrs.registerTicket(scope, HOFU, TARO, "1234567890");
    TicketRegistration retried = vrs.registerTicket(scope, HOFU, TARO, "1234567890");

    assertThat(retried).isEqualTo(first);
    assertThat(simulators.get("/vrs/municipalities/" + HOFU.value() + "/tickets")).hasSize(1);
    assertThat(simulators.outcomes("vrs", "REGISTER_TICKET")).containsExactly("OK", "REPLAYED");
    NationalSystemCall row = keys.find(IdempotencyKeys.derive(scope, NationalSystem.VRS, VrsGateway.REGISTER_TICKET)).orElseThrow();
    assertThat(row.attempts()).isEqualTo(2);
    assertThat(row.outcome()).isEqualTo("REGISTERED");
    assertThat(rowCount()).isEqualTo(1);
  }

  @Test
  void aConflictingRegistrationIsRejected() {
    vrs.registerTicket(newScope("issue-ticket"), HOFU, TARO, "1234567890");
    CallScope another = newScope("issue-ticket");

    assertThatThrownBy(() -> vrs.registerTicket(another, HOFU, TARO, "1234567890"))
        .isInstanceOf(NationalSystemRejectedException.class)
        .hasMessage("VRS REGISTER_TICKET rejected: HTTP 409 Conflict: ticket number is already registered in municipality 352063")
        .satisfies(e -> assertThat(((NationalSystemRejectedException) e).status()).isEqualTo(409));
    assertThat(keys.find(IdempotencyKeys.derive(another, NationalSystem.VRS, VrsGateway.REGISTER_TICKET)).orElseThrow().outcome())
        .isEqualTo("REJECTED");
  }

  @Test
  void validationErrorsAreRejectionsWithoutTheNumber() {
    assertThatThrownBy(() -> vrs.queryRecords(newScope("query-vrs"), UNKNOWN, TARO))
        .isInstanceOf(NationalSystemRejectedException.class)
        .hasMessage("VRS QUERY rejected: HTTP 400 Invalid identifier: municipality code 999997 is unknown")
        .hasMessageNotContaining(TARO_DIGITS);
    assertThatThrownBy(() -> vrs.registerTicket(newScope("issue-ticket"), HOFU, TARO, "12AB"))
        .isInstanceOf(NationalSystemRejectedException.class)
        .hasMessageContaining("ticketNumber must be 10 digits")
        .hasMessageNotContaining(TARO_DIGITS);
    assertThatThrownBy(() -> vrs.inquiryState("no-such-inquiry"))
        .isInstanceOf(NationalSystemRejectedException.class)
        .hasMessageContaining("HTTP 404");
  }

  @Test
  void anInquiryIsSentAnsweredAndRead() {
    InquiryReceipt sent = vrs.sendInquiry(newScope("ask-previous-municipality"), HOFU, UBE, TARO);
    assertThat(sent.status()).isEqualTo(InquiryStatus.PENDING);
    assertThat(vrs.inquiryState(sent.inquiryId()).status()).isEqualTo(InquiryStatus.PENDING);

    VaccinationRecord dose = new VaccinationRecord(1, LocalDate.of(2021, 6, 1), "武田/モデルナ", "スパイクバックス", "MO0001");
    InquiryReceipt answered = vrs.answerInquiry(newScope("provide-records"), UBE, sent.inquiryId(), InquiryAnswer.answered(List.of(dose)));

    assertThat(answered.status()).isEqualTo(InquiryStatus.ANSWERED);
    InquiryState state = vrs.inquiryState(sent.inquiryId());
    assertThat(state.status()).isEqualTo(InquiryStatus.ANSWERED);
    assertThat(state.records()).containsExactly(dose);
    assertThat(state.fromMunicipalityCode()).isEqualTo(HOFU.value());
    assertThat(state.toMunicipalityCode()).isEqualTo(UBE.value());
  }

  @Test
  void refusalAndNotFoundAreAnswersToo() {
    String refused = vrs.sendInquiry(newScope("ask"), HOFU, UBE, TARO).inquiryId();
    String notFound = vrs.sendInquiry(newScope("ask"), CHIYODA, UBE, TARO).inquiryId();

    vrs.answerInquiry(newScope("provide-records"), UBE, refused, InquiryAnswer.refused());
    vrs.answerInquiry(newScope("provide-records"), UBE, notFound, InquiryAnswer.notFound());

    assertThat(vrs.inquiryState(refused).status()).isEqualTo(InquiryStatus.REFUSED);
    assertThat(vrs.inquiryState(notFound).status()).isEqualTo(InquiryStatus.NOT_FOUND);
    assertThatThrownBy(() -> vrs.answerInquiry(newScope("provide-records"), HOFU, notFound, InquiryAnswer.refused()))
        .isInstanceOf(NationalSystemRejectedException.class)
        .hasMessageContaining("HTTP 404");
  }

  @Test
  void looksUpTheHolderAndRecordsForACertificate() {
    simulators.seedVrsPerson(HOFU.value(), TARO_DIGITS, List.of(dose(1, "2021-06-01", "FA1234")));

    CertificateLookup found = vrs.lookUpForCertificate(newScope("issue-certificate"), HOFU, TARO);
    CertificateLookup elsewhere = vrs.lookUpForCertificate(newScope("issue-certificate"), UBE, TARO);

    assertThat(found.found()).isTrue();
    assertThat(found.holder().familyName()).isEqualTo("防府");
    assertThat(found.holder().sex()).isEqualTo(Sex.MALE);
    assertThat(found.records()).hasSize(1);
    assertThat(elsewhere.outcome()).isEqualTo(RecordsOutcome.NOT_FOUND);
    assertThat(elsewhere.holder()).isNull();
  }

  @Test
  void aRetriedCorrectionHasOneEffectAndTheRecipientsOneNoticeEach() {
    simulators.seedVrsPerson(HOFU.value(), TARO_DIGITS, List.of(dose(1, "2021-06-01", "FA1234")));
    CallScope scope = newScope("correct-dose");
    DoseCorrection correction = new DoseCorrection(1, CorrectedItem.LOT, "FA9999", List.of(UBE, CHIYODA));

    CorrectionReceipt first = vrs.correctDose(scope, HOFU, TARO, correction);
    CorrectionReceipt retried = vrs.correctDose(scope, HOFU, TARO, correction);

    assertThat(retried).isEqualTo(first);
    assertThat(first.notices()).extracting(CorrectionReceipt.Notice::municipalityCode).containsExactly(UBE.value(), CHIYODA.value());
    assertThat(simulators.outcomes("vrs", "CORRECT")).containsExactly("OK", "REPLAYED");
    assertThat(simulators.get("/vrs/municipalities/" + UBE.value() + "/correction-notices")).hasSize(1);
    NationalSystemCall row = keys.find(IdempotencyKeys.derive(scope, NationalSystem.VRS, VrsGateway.CORRECT)).orElseThrow();
    assertThat(row.outcome()).isEqualTo("CORRECTED");
    assertThat(row.attempts()).isEqualTo(2);
  }

  @Test
  void aCorrectionOutsideThePartitionIsRejectedAndAnOutageIsAFailure() {
    DoseCorrection correction = new DoseCorrection(1, CorrectedItem.DATE, "2021-06-02", List.of());
    CallScope notHeld = newScope("correct-dose");

    assertThatThrownBy(() -> vrs.correctDose(notHeld, HOFU, TARO, correction))
        .isInstanceOf(NationalSystemRejectedException.class)
        .hasMessageContaining("HTTP 404")
        .hasMessageNotContaining(TARO_DIGITS);
    assertThat(keys.find(IdempotencyKeys.derive(notHeld, NationalSystem.VRS, VrsGateway.CORRECT)).orElseThrow().outcome())
        .isEqualTo("REJECTED");

    simulators.fault("vrs", "CORRECT", "UNAVAILABLE", 1, 0);
    assertThatThrownBy(() -> vrs.correctDose(newScope("correct-dose"), HOFU, TARO, correction))
        .isInstanceOf(NationalSystemUnavailableException.class);
  }
}
