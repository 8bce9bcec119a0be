package jp.vaccinationoffice.caseserver.personalinfo;

import static jp.vaccinationoffice.caseserver.personalinfo.RequestScenario.CLERK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.certificates.CertificateChannel;
import jp.vaccinationoffice.caseserver.certificates.CertificateIntake;
import jp.vaccinationoffice.caseserver.certificates.CertificateUse;
import jp.vaccinationoffice.caseserver.certificates.ElectronicApplication;
import jp.vaccinationoffice.caseserver.certificates.ElectronicCertificateReceipt;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfText;
import jp.vaccinationoffice.caseserver.corrections.LedgerCorrections;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.suspensions.Measure;
import jp.vaccinationoffice.caseserver.suspensions.ProcessingRestrictions;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.support.FixedPortServerTest;
import jp.vaccinationoffice.caseserver.support.ServerOnFreePort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of the disclosure, correction and suspension requests through the real engine, its
 * decision tables and workers, asserting the flow nodes passed and what the request records: status,
 * deadline, letters, items, decisions. Tasks are completed through the engine's Java API as the
 * member of staff would (the same form checks and listeners as the Tasklist).
 */
@FixedPortServerTest
class PersonalInformationRequestPathsTest extends ServerOnFreePort {

  static final MovableClock CLOCK = new MovableClock(ZoneId.of("Asia/Tokyo"));

  @TestConfiguration
  static class TestClock {
    @Bean
    @Primary
    MovableClock movableClock() {
      return CLOCK;
    }
  }

  @Autowired Ledger ledger;
  @Autowired RequestIntake intake;
  @Autowired PersonalInformationRequests requests;
  @Autowired RequestStore store;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired DisclosedInformation disclosedInformation;
  @Autowired RequestDraftFacts draftFacts;
  @Autowired CertificateIntake certificateIntake;
  @Autowired PersonalDataCipher cipher;
  @Autowired LedgerCorrections ledgerCorrections;
  @Autowired ProcessingRestrictions restrictions;

  static final String HOFU = RequestScenario.HOFU;
  static final String UBE = "352021";
  static final ObjectMapper JSON = new ObjectMapper();
  Http http = new Http(PORT);

  RequestScenario scenario;

  @BeforeEach
  void scenario() {
    CLOCK.reset();
    scenario = new RequestScenario(ledger, intake, taskService, identityService, historyService);
  }

  @AfterEach
  void resetClock() {
    CLOCK.reset();
  }

  LocalDate today() {
    return LocalDate.now(CLOCK);
  }

  @Test
  void aDisclosureInFullSendsTheDecisionLetterWithEveryItem() {
    String myNumber = scenario.personInLedger();
    RequestReceipt receipt = scenario.receive(RequestScenario.disclosure(myNumber, RequestScenario.self(), today(),
        "VACCINATION_RECORDS", "CASES"));
    assertThat(receipt.status()).isEqualTo("CHECKING");
    assertThat(receipt.deadline()).isAfterOrEqualTo(today().plusDays(30));

    String id = receipt.requestId();
    scenario.checkedComplete(id);
    scenario.drafted(id, Map.of("decision", "FULL"));
    scenario.approved(id);
    awaitStatus(id, "DISCLOSED");

    assertThat(scenario.activities(receipt.processInstanceId())).containsExactly("request-received", "handle-request",
        "handling-started", "check-again", "check-request", "request-complete", "verify-requester",
        "requester-verified", "gather-information", "draft-again", "draft-decision",
        "decide-request", "decision-approved", "send-decision-letter", "disclosure-outcome", "disclosed",
        "request-closed");
    RequestView view = view(id);
    assertThat(view.itemsHeld()).isEqualTo(2);
    assertThat(view.letters()).extracting(RequestView.Letter::kind).containsExactly("DISCLOSURE_DECISION");
    assertThat(view.decision().draftedBy()).isEqualTo("clerk");
    assertThat(view.decision().decidedBy()).isEqualTo("supervisor");
    assertThat(view.decision().decidedOn()).isEqualTo(today());
    assertThat(view.decisions()).extracting(RequestView.TableDecision::decisionId)
        .containsExactly("requester-verification");
    assertThat(view.overdue()).isFalse();
    assertThat(store.items(id)).allSatisfy(item -> assertThat(item.withheldGround()).isNull());
    assertThat(scenario.ended(receipt.processInstanceId())).isTrue();
    assertThat(letterText(id, 0)).contains("開示決定通知書", "審査請求", "3か月以内", "山田", "写しの交付",
        "（接種記録（予防接種台帳）、ケース記録）");
  }

  @Test
  void aPartialDisclosureWithholdsEachNamedItemOnItsGroundAndDisclosesExactlyTheRest() throws Exception {
    String myNumber = scenario.personInLedger();
    inVrs(myNumber);
    assertThat(awaitAnswer(inquiryFromUbe(myNumber)).get("status").asText()).isEqualTo("ANSWERED");
    String certificateId = certificate(myNumber);
    PersonalInformationRequest asked = RequestScenario.disclosure(myNumber, RequestScenario.self(), today(),
        "VACCINATION_RECORDS", "CERTIFICATES", "PROVISION_RECORDS");
    String id = scenario.receive(new PersonalInformationRequest(asked.type(), asked.channel(), asked.receivedOn(),
        asked.requester(), asked.subject(), new PersonalInformationRequest.Disclosure(asked.disclosure().records(),
            "ELECTRONIC_COPY"), null, null)).requestId();
    scenario.checkedComplete(id);
    scenario.awaitTask(id, "draft-decision");
    assertThat(view(id).items()).extracting(RequestView.HeldItem::itemNo, RequestView.HeldItem::recordKind,
        RequestView.HeldItem::reference).containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "VACCINATION_RECORDS", "dose:1"),
            org.assertj.core.groups.Tuple.tuple(2, "VACCINATION_RECORDS", "dose:2"),
            org.assertj.core.groups.Tuple.tuple(3, "PROVISION_RECORDS", view(id).items().get(2).reference()),
            org.assertj.core.groups.Tuple.tuple(4, "CERTIFICATES", "certificate:" + certificateId));
    RequestDraftFacts.Facts facts = draftFacts.of(HOFU, id).orElseThrow();
    assertThat(facts.heldItems()).extracting(row -> row.get(0)).containsExactly("項目1", "項目2", "項目3", "項目4");
    assertThat(facts.heldItems().get(1).get(3)).contains("FA5678");
    assertThat(facts.heldItems().get(2).get(3)).contains(UBE);
    assertThat(draftFacts.of(UBE, id)).as("another municipality's request").isEmpty();

    for (Map<String, Object> refused : List.<Map<String, Object>>of(
        Map.of("decision", "PARTIAL"),
        Map.of("decision", "PARTIAL", "withheldOtherIndividual", "2,9"),
        Map.of("decision", "NONE", "withheldOtherIndividual", "2"))) {
      assertThatThrownBy(() -> scenario.drafted(id, refused)).isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("項目");
      assertThat(store.items(id)).allSatisfy(item -> assertThat(item.withheldGround()).isNull());
      assertThat(store.get(id).decision()).isNull();
    }
    scenario.drafted(id, Map.of("decision", "PARTIAL", "withheldOtherIndividual", "2",
        "withheldAdministrativeAffairs", "3"));
    scenario.approved(id);
    awaitStatus(id, "PARTLY_DISCLOSED");

    assertThat(store.items(id)).extracting(RequestStore.Item::withheldGround)
        .containsExactly(null, "OTHER_INDIVIDUAL", "ADMINISTRATIVE_AFFAIRS", null);
    RequestView view = view(id);
    assertThat(view.letters()).extracting(RequestView.Letter::kind).containsExactly("PARTIAL_DISCLOSURE_DECISION");
    assertThat(letterText(id, 0)).contains("部分開示決定通知書", "項目2", "第2回接種", "第78条第1項第2号",
        "項目3", "情報提供等の記録", "第78条第1項第7号", "審査請求").doesNotContain("項目1", "項目4");
    String pdf = PdfText.joined(disclosedInformation.pdf(id, CLERK, "127.0.0.1"));
    assertThat(pdf).contains("FA1234", certificateId, "開示しない部分", "項目2", "項目3")
        .doesNotContain("FA5678", "2021-06-22", UBE);
    List<String> csv = disclosedInformation.csv(id, CLERK, "127.0.0.1").lines().toList();
    assertThat(csv).hasSize(1 + 5 + 4).anyMatch(line -> line.contains("FA1234"))
        .anyMatch(line -> line.contains(certificateId))
        .noneMatch(line -> line.contains("FA5678") || line.contains("2021-06-22") || line.contains(UBE));
  }

  @Test
  void aRefusedDisclosureWithholdsEverything() {
    String myNumber = scenario.personInLedger();
    String id = scenario.receive(RequestScenario.disclosure(myNumber, RequestScenario.self(), today(),
        "VACCINATION_RECORDS")).requestId();
    scenario.checkedComplete(id);
    scenario.drafted(id, Map.of("decision", "NONE", "withheldAdministrativeAffairs", "1,2"));
    scenario.approved(id);
    awaitStatus(id, "NOT_DISCLOSED");
    assertThat(store.items(id)).isNotEmpty().allSatisfy(item -> assertThat(item.withheldGround())
        .isEqualTo("ADMINISTRATIVE_AFFAIRS"));
    assertThat(view(id).letters()).extracting(RequestView.Letter::kind).containsExactly("NON_DISCLOSURE_DECISION");
    assertThat(letterText(id, 0)).contains("不開示決定通知書", "第78条第1項第7号", "審査請求", "項目1", "第1回接種",
        "項目2", "第2回接種");
  }

  @Test
  void informationTheOfficeDoesNotHoldIsDecidedNotExisting() {
    String myNumber = scenario.personInLedger();
    RequestReceipt receipt = scenario.receive(RequestScenario.disclosure(myNumber, RequestScenario.self(), today(),
        "PROVISION_RECORDS"));
    String id = receipt.requestId();
    scenario.checkedComplete(id);
    scenario.awaitTask(id, "draft-decision");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(receipt.processInstanceId())
        .variableName("informationFound").singleResult().getValue()).isEqualTo(false);
    scenario.drafted(id, Map.of("decision", "NOT_EXISTING"));
    scenario.approved(id);
    awaitStatus(id, "NOT_EXISTING");
    assertThat(scenario.activities(receipt.processInstanceId())).contains("information-not-existing")
        .doesNotContain("disclosed");
    assertThat(view(id).itemsHeld()).isZero();
    assertThat(letterText(id, 0)).contains("不開示決定通知書", "保有していない");
  }

  @ParameterizedTest
  @EnumSource(RequestType.class)
  void anAmendmentStopsTheClockUntilItComes(RequestType type) {
    String myNumber = scenario.personInLedger();
    RequestReceipt receipt = scenario.receive(request(type, myNumber));
    String id = receipt.requestId();
    LocalDate deadlineBefore = view(id).deadline();
    scenario.checked(id, "AMENDMENT_NEEDED", "MY_NUMBER_CARD", "NONE");
    awaitWaitingForAmendment(receipt.processInstanceId());
    RequestView waiting = view(id);
    assertThat(waiting.letters()).extracting(RequestView.Letter::kind).containsExactly("AMENDMENT_REQUEST");
    assertThat(waiting.deadlineComputation().paused()).isTrue();
    assertThat(waiting.deadlineComputation().amendmentDue()).isAfterOrEqualTo(today().plusDays(14));
    assertThat(waiting.overdue()).isFalse();
    assertThat(letterText(id, 0)).contains("補正依頼書", "記載事項");

    CLOCK.passDays(6);
    RequestView amended = requests.amendmentReceived(id, new AmendmentReceived(today()), CLERK, "127.0.0.1");
    assertThat(amended.deadlineComputation().pausedDays()).isEqualTo(6);
    assertThat(amended.deadlineComputation().paused()).isFalse();
    assertThat(amended.deadline()).isAfterOrEqualTo(deadlineBefore.plusDays(6));
    assertThat(amended.history()).extracting(RequestView.Step::step).contains("AMENDMENT_RECEIVED", "CLOCK_RESUMED");
    Job warning = managementService.createJobQuery().processInstanceId(receipt.processInstanceId())
        .activityId("deadline-approaching").singleResult();
    assertThat(warning.getDuedate()).isAfter(java.util.Date.from(deadlineBefore.minusDays(7)
        .atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant()));

    scenario.checked(id, "REJECT", "MY_NUMBER_CARD", "NONE");
    awaitStatus(id, "REJECTED");
    assertThat(scenario.activities(receipt.processInstanceId())).containsSubsequence("check-request",
        "request-complete", "amend-again", "send-amendment-request", "amendment-wait", "amendment-received",
        "check-again", "check-request", "request-complete", "request-rejected");
  }

  @ParameterizedTest
  @EnumSource(RequestType.class)
  void noAnswerWithinTheAmendmentPeriodLetsTheClerkReject(RequestType type) {
    String myNumber = scenario.personInLedger();
    RequestReceipt receipt = scenario.receive(request(type, myNumber));
    String id = receipt.requestId();
    scenario.checked(id, "AMENDMENT_NEEDED", "MY_NUMBER_CARD", "NONE");
    awaitWaitingForAmendment(receipt.processInstanceId());
    Job timer = managementService.createJobQuery().processInstanceId(receipt.processInstanceId())
        .activityId("amendment-period-expired").singleResult();
    assertThat(timer.getDuedate()).isAfter(new java.util.Date());
    managementService.executeJob(timer.getId());
    awaitStatus(id, "CHECKING");
    assertThat(view(id).history()).extracting(RequestView.Step::step).contains("STATUS_AMENDMENT_PERIOD_EXPIRED");
    assertThatThrownBy(() -> requests.amendmentReceived(id, new AmendmentReceived(today()), CLERK, "127.0.0.1"))
        .isInstanceOf(ApiException.class);

    scenario.checked(id, "REJECT", "MY_NUMBER_CARD", "NONE");
    awaitStatus(id, "REJECTED");
    assertThat(scenario.activities(receipt.processInstanceId())).containsSubsequence("amendment-wait",
        "amendment-period-expired", "check-again", "check-request", "request-rejected");
  }

  @ParameterizedTest
  @EnumSource(RequestType.class)
  void anAgentWhosePowerOfAttorneyIsNotAuthenticIsRefused(RequestType type) {
    String myNumber = scenario.personInLedger();
    PersonalInformationRequest request = request(type, myNumber);
    RequestReceipt receipt = scenario.receive(new PersonalInformationRequest(request.type(), request.channel(),
        request.receivedOn(), RequestScenario.agent(), request.subject(), request.disclosure(), request.correction(),
        request.suspension()));
    String id = receipt.requestId();
    scenario.checked(id, "COMPLETE", "DRIVERS_LICENSE", "NOT_AUTHENTIC");
    awaitStatus(id, "REQUESTER_REFUSED");
    assertThat(view(id).decisions()).singleElement().satisfies(d -> {
      assertThat(d.decisionId()).isEqualTo("requester-verification");
      assertThat(d.result()).containsEntry("outcome", "REFUSE");
    });
    assertThat(scenario.activities(receipt.processInstanceId())).containsSubsequence("verify-requester",
        "requester-verified", "requester-refused");
  }

  @ParameterizedTest
  @EnumSource(RequestType.class)
  void anAgentWithoutPowerOfAttorneyIsAskedForItAndThenVerified(RequestType type) {
    String myNumber = scenario.personInLedger();
    PersonalInformationRequest request = request(type, myNumber);
    RequestReceipt receipt = scenario.receive(new PersonalInformationRequest(request.type(), request.channel(),
        request.receivedOn(), RequestScenario.agent(), request.subject(), request.disclosure(), request.correction(),
        request.suspension()));
    String id = receipt.requestId();
    scenario.checked(id, "COMPLETE", "DRIVERS_LICENSE", "NONE");
    awaitWaitingForAmendment(receipt.processInstanceId());
    assertThat(letterText(id, 0)).contains("補正依頼書", "委任状");
    requests.amendmentReceived(id, new AmendmentReceived(today()), CLERK, "127.0.0.1");
    scenario.checked(id, "COMPLETE", "DRIVERS_LICENSE", "AUTHENTIC");
    String next = type == RequestType.DISCLOSURE ? "gather-information" : "find-prior-disclosure";
    await().atMost(Duration.ofSeconds(30)).until(() -> scenario.activities(receipt.processInstanceId()).contains(next));
    assertThat(scenario.activities(receipt.processInstanceId())).containsSubsequence("verify-requester",
        "requester-verified", "amend-again", "send-amendment-request", "amendment-received", "check-request",
        "verify-requester", "requester-verified", next);
  }

  @Test
  void anExtensionMovesTheDeadlineAndTheWarningOnce() {
    String myNumber = scenario.personInLedger();
    RequestReceipt receipt = scenario.receive(RequestScenario.disclosure(myNumber, RequestScenario.self(), today(),
        "VACCINATION_RECORDS"));
    String id = receipt.requestId();
    Job before = warningJob(receipt.processInstanceId());

    RequestView extended = requests.extend(id, new ExtensionRequest(20, "請求に係る記録が大量であるため", null, null),
        CLERK, "127.0.0.1");
    assertThat(extended.deadlineComputation().days()).isEqualTo(50);
    assertThat(extended.deadlineComputation().extensionDays()).isEqualTo(20);
    assertThat(extended.deadline()).isAfterOrEqualTo(receipt.deadline().plusDays(20));
    assertThat(extended.letters()).extracting(RequestView.Letter::kind).containsExactly("EXTENSION_NOTICE");
    assertThat(warningJob(receipt.processInstanceId()).getDuedate()).isAfter(before.getDuedate());
    assertThat(letterText(id, 0)).contains("延長通知書", "請求に係る記録が大量であるため");

    assertThatThrownBy(() -> requests.extend(id, new ExtensionRequest(5, "もう一度", null, null), CLERK, "127.0.0.1"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(409));
  }

  @Test
  void theSpecialCaseDecidesAPartWithinSixtyDaysAndTheRestByTheNamedDate() {
    String myNumber = scenario.personInLedger();
    RequestReceipt receipt = scenario.receive(RequestScenario.disclosure(myNumber, RequestScenario.self(), today(),
        "VACCINATION_RECORDS"));
    RequestView special = requests.extend(receipt.requestId(), new ExtensionRequest(null, "著しく大量であるため", true,
        today().plusDays(120)), CLERK, "127.0.0.1");
    assertThat(special.deadlineComputation().special()).isTrue();
    assertThat(special.deadlineComputation().days()).isEqualTo(60);
    assertThat(special.deadlineComputation().restBy()).isEqualTo(today().plusDays(120));
    assertThat(special.letters()).extracting(RequestView.Letter::kind).containsExactly("SPECIAL_EXTENSION_NOTICE");
    assertThat(letterText(receipt.requestId(), 0)).contains("決定期限の特例規定の適用通知書", "著しく大量であるため");
  }

  @ParameterizedTest
  @EnumSource(RequestType.class)
  void theSupervisorWhoDraftedCannotDecideAndASentBackDecisionIsDraftedAgain(RequestType type) {
    String myNumber = scenario.personInLedger();
    if (type != RequestType.DISCLOSURE) {
      disclosedToday(myNumber);
    }
    RequestReceipt receipt = scenario.receive(request(type, myNumber));
    String id = receipt.requestId();
    Map<String, Object> draft = type == RequestType.DISCLOSURE
        ? Map.of("decision", "FULL")
        : Map.of("decision", "REFUSED");
    List<String> both = List.of("clerks", "supervisors");
    scenario.checkedComplete(id);
    scenario.complete(id, "draft-decision", "chief", both, draft);

    assertThatThrownBy(() -> scenario.complete(id, "decide-request", "chief", both, Map.of("approval", "APPROVE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("drafted");
    assertThat(scenario.awaitTask(id, "decide-request")).isNotNull();
    assertThat(view(id).decision().decidedBy()).isNull();

    scenario.complete(id, "decide-request", "supervisor", List.of("supervisors"), Map.of("approval", "SEND_BACK"));
    scenario.drafted(id, draft);
    scenario.approved(id);
    awaitStatus(id, switch (type) {
      case DISCLOSURE -> "DISCLOSED";
      case CORRECTION -> "CORRECTION_REFUSED";
      case SUSPENSION -> "SUSPENSION_REFUSED";
    });
    assertThat(view(id).decision().draftedBy()).isEqualTo("clerk");
    assertThat(view(id).decision().decidedBy()).isEqualTo("supervisor");
    assertThat(scenario.activities(receipt.processInstanceId())).containsSubsequence("decide-request",
        "decision-approved", "draft-again", "draft-decision", "decide-request", "decision-approved",
        "send-decision-letter");
  }

  @ParameterizedTest
  @EnumSource(RequestType.class)
  void aRequestPastItsDeadlineIsOverdueAndTheSupervisorsWereWarned(RequestType type) {
    String myNumber = scenario.personInLedger();
    PersonalInformationRequest request = request(type, myNumber);
    RequestReceipt receipt = scenario.receive(new PersonalInformationRequest(request.type(), request.channel(),
        today().minusDays(45), request.requester(), request.subject(), request.disclosure(), request.correction(),
        request.suspension()));
    String id = receipt.requestId();
    RequestView view = view(id);
    assertThat(view.overdue()).isTrue();
    assertThat(requests.list(CLERK, null, null, null, true, "127.0.0.1")).extracting(RequestSummary::requestId)
        .contains(id);
    assertThat(requests.list(CLERK, null, null, null, false, "127.0.0.1")).extracting(RequestSummary::requestId)
        .doesNotContain(id);

    scenario.complete(id, "note-approaching-deadline", "supervisor", List.of("supervisors"), Map.of("noted", true));
    assertThat(view(id).history()).extracting(RequestView.Step::step)
        .contains("DEADLINE_WARNING", "DEADLINE_WARNING_NOTED");
    assertThat(scenario.activities(receipt.processInstanceId())).contains("deadline-approaching",
        "note-approaching-deadline", "deadline-warning-noted");
    scenario.checked(id, "REJECT", "MY_NUMBER_CARD", "NONE");
    awaitStatus(id, "REJECTED");
    assertThat(view(id).overdue()).isFalse();
    await().atMost(Duration.ofSeconds(10)).until(() -> scenario.ended(receipt.processInstanceId()));
  }

  @ParameterizedTest
  @EnumSource(value = RequestType.class, names = {"CORRECTION", "SUSPENSION"})
  void withoutAPriorDisclosureACorrectionOrSuspensionIsInadmissible(RequestType type) {
    String myNumber = scenario.personInLedger();
    RequestReceipt receipt = scenario.receive(request(type, myNumber));
    String id = receipt.requestId();
    scenario.checkedComplete(id);
    awaitStatus(id, "INADMISSIBLE");
    assertThat(view(id).decisions()).extracting(d -> d.result().get("reason"))
        .containsExactly("SELF_WITH_IDENTITY_DOCUMENT", "NOT_DISCLOSED_BEFORE");
    assertThat(scenario.activities(receipt.processInstanceId())).containsSubsequence("find-prior-disclosure",
        "decide-admissible", "admissible", "request-inadmissible");
  }

  @Test
  void aCorrectionAfterADisclosureIsRefusedWithItsLetter() {
    String myNumber = scenario.personInLedger();
    disclosedToday(myNumber);
    RequestReceipt receipt = scenario.receive(RequestScenario.correction(myNumber, today()));
    String id = receipt.requestId();
    scenario.checkedComplete(id);
    scenario.drafted(id, Map.of("decision", "REFUSED"));
    scenario.approved(id);
    awaitStatus(id, "CORRECTION_REFUSED");
    assertThat(view(id).letters()).extracting(RequestView.Letter::kind).containsExactly("CORRECTION_DECISION");
    assertThat(letterText(id, 0)).contains("訂正しない旨の決定通知書", "第2回接種のロット番号", "FA5679", "審査請求");
    assertThat(scenario.activities(receipt.processInstanceId())).containsSubsequence("find-prior-disclosure",
        "decide-admissible", "gather-information", "draft-decision", "decide-request", "correction-granted",
        "letter-again", "send-decision-letter", "decision-outcome", "request-refused");
  }

  @Test
  void aSuspensionOnAGroundTheLawDoesNotAllowForTheMeasureIsInadmissible() {
    String myNumber = scenario.personInLedger();
    disclosedToday(myNumber);
    String id = scenario.receive(RequestScenario.suspension(myNumber, today(), "STOP_PROVISION", "IMPROPER_USE"))
        .requestId();
    scenario.checkedComplete(id);
    awaitStatus(id, "INADMISSIBLE");
    assertThat(view(id).decisions().get(1).result()).containsEntry("reason", "GROUND_NOT_ALLOWED");
  }

  @Test
  void aSuspensionAfterADisclosureIsRefusedWithItsLetter() {
    String myNumber = scenario.personInLedger();
    disclosedToday(myNumber);
    RequestReceipt receipt = scenario.receive(RequestScenario.suspension(myNumber, today(), "STOP_PROVISION",
        "UNLAWFUL_PROVISION"));
    String id = receipt.requestId();
    scenario.checkedComplete(id);
    scenario.drafted(id, Map.of("decision", "REFUSED"));
    scenario.approved(id);
    awaitStatus(id, "SUSPENSION_REFUSED");
    assertThat(view(id).letters()).extracting(RequestView.Letter::kind).containsExactly("SUSPENSION_DECISION");
    assertThat(letterText(id, 0)).contains("利用停止をしない旨の決定通知書", "提供の停止", "審査請求");
  }

  @Test
  void aGrantedCorrectionCorrectsTheLedgerKeepsTheOldValueAndTellsVrsAndTheRecipients() throws Exception {
    String myNumber = scenario.personInLedger();
    inVrs(myNumber);
    assertThat(awaitAnswer(inquiryFromUbe(myNumber)).get("status").asText()).isEqualTo("ANSWERED");
    String certificateId = certificate(myNumber);
    disclosedToday(myNumber);
    RequestReceipt receipt = scenario.receive(RequestScenario.correction(myNumber, today()));
    String id = receipt.requestId();
    scenario.checkedComplete(id);
    scenario.drafted(id, Map.of("decision", "GRANTED"));
    scenario.approved(id);
    awaitStatus(id, "CORRECTED");

    long dose = doseId(myNumber, 2);
    assertThat(jdbc.queryForObject("SELECT lot FROM ledger_dose WHERE id = ?", String.class, dose)).isEqualTo("FA5679");
    assertThat(ledgerCorrections.history(HOFU, dose)).singleElement().satisfies(c -> {
      assertThat(c.oldValue()).isEqualTo("FA5678");
      assertThat(c.newValue()).isEqualTo("FA5679");
    });
    assertThat(jdbc.queryForObject("SELECT status FROM certificate WHERE id = ?", String.class,
        certificateId)).isEqualTo("REVOKED");
    assertThat(store.items(id)).extracting(RequestStore.Item::recordKind).contains("CERTIFICATES");
    assertThat(vrsCalls("CORRECT", myNumber)).hasSize(1);
    assertThat(noticesAtUbe(myNumber)).singleElement().satisfies(notice -> {
      assertThat(notice.path("fromMunicipalityCode").asText()).isEqualTo(HOFU);
      assertThat(notice.path("doseNumber").asInt()).isEqualTo(2);
      assertThat(notice.path("item").asText()).isEqualTo("LOT");
    });
    assertThat(jdbc.queryForList("SELECT recipient FROM correction_notice n JOIN pi_request_correction c"
        + " ON c.correction_id = n.correction_id WHERE c.request_id = ? ORDER BY n.id", String.class, id))
        .containsExactly("VRS", UBE);
    assertThat(view(id).letters()).extracting(RequestView.Letter::kind).containsExactly("CORRECTION_DECISION");
    assertThat(letterText(id, 0)).contains("訂正決定通知書", "FA5678", "FA5679", UBE, "審査請求");
    assertThat(scenario.activities(receipt.processInstanceId())).containsSubsequence("decision-approved",
        "correction-granted", "correct-ledger", "revoke-certificates", "notify-correction", "letter-again",
        "send-decision-letter",
        "decision-outcome", "request-corrected");
  }

  @Test
  void aCorrectionGrantedInPartCorrectsOnlyTheGrantedItemAndTellsOnlyItAndTheLetterListsEach() throws Exception {
    String myNumber = scenario.personInLedger();
    inVrs(myNumber);
    assertThat(awaitAnswer(inquiryFromUbe(myNumber)).get("status").asText()).isEqualTo("ANSWERED");
    String certificateId = certificate(myNumber);
    disclosedToday(myNumber);
    PersonalInformationRequest twoItems = new PersonalInformationRequest("CORRECTION", "COUNTER", today(),
        RequestScenario.self(), new PersonalInformationRequest.Subject(myNumber, null, null, null, null, null), null,
        new PersonalInformationRequest.Correction(List.of(
            new PersonalInformationRequest.CorrectionItem("LEDGER_DOSE", "1", "LOT_NUMBER", "FA1235"),
            new PersonalInformationRequest.CorrectionItem("LEDGER_DOSE", "2", "VACCINATION_DATE", "2021-06-23")),
            "接種日とロット番号の誤り"), null);
    String id = scenario.receive(twoItems).requestId();
    scenario.checkedComplete(id);
    for (Map<String, Object> refused : List.<Map<String, Object>>of(
        Map.of("decision", "PARTLY_GRANTED", "grantedItems", "3"),
        Map.of("decision", "PARTLY_GRANTED", "grantedItems", "2", "refusedNotAFact", "2"))) {
      assertThatThrownBy(() -> scenario.drafted(id, refused)).isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("請求項目");
      assertThat(store.parts(id)).isEmpty();
      assertThat(store.get(id).decision()).isNull();
    }
    scenario.drafted(id, Map.of("decision", "PARTLY_GRANTED", "grantedItems", "2", "refusedNotAFact", "1"));
    scenario.approved(id);
    awaitStatus(id, "PARTLY_CORRECTED");

    long dose1 = doseId(myNumber, 1);
    long dose2 = doseId(myNumber, 2);
    assertThat(jdbc.queryForObject("SELECT lot FROM ledger_dose WHERE id = ?", String.class, dose1)).isEqualTo("FA1234");
    assertThat(ledgerCorrections.history(HOFU, dose1)).isEmpty();
    assertThat(jdbc.queryForObject("SELECT vaccinated_on FROM ledger_dose WHERE id = ?", java.sql.Date.class,
        dose2).toLocalDate()).isEqualTo(LocalDate.of(2021, 6, 23));
    assertThat(ledgerCorrections.history(HOFU, dose2)).singleElement()
        .satisfies(c -> assertThat(c.oldValue()).isEqualTo("2021-06-22"));
    assertThat(jdbc.queryForObject("SELECT status FROM certificate WHERE id = ?", String.class, certificateId))
        .isEqualTo("REVOKED");
    assertThat(vrsCalls("CORRECT", myNumber)).hasSize(1);
    assertThat(noticesAtUbe(myNumber)).singleElement().satisfies(notice -> {
      assertThat(notice.path("doseNumber").asInt()).isEqualTo(2);
      assertThat(notice.path("value").asText()).isEqualTo("2021-06-23");
    });
    RequestView view = view(id);
    assertThat(view.decision().grantedItems()).isEqualTo("2");
    assertThat(view.decision().parts()).containsExactly(new RequestView.Part("1", false, "NOT_A_FACT"),
        new RequestView.Part("2", true, null));
    assertThat(letterText(id, 0)).contains("訂正決定通知書", "一部について訂正", "請求項目2", "2021-06-22",
        "2021-06-23", "訂正をしない部分", "請求項目1", "FA1235", "評価又は判断", UBE);
  }

  @Test
  void aSuspensionGrantedForOneMeasureAndRefusedForTheOtherTakesOnlyTheGrantedOne() throws Exception {
    String myNumber = scenario.personInLedger();
    disclosedToday(myNumber);
    PersonalInformationRequest twoMeasures = new PersonalInformationRequest("SUSPENSION", "MAIL", today(),
        RequestScenario.self(), new PersonalInformationRequest.Subject(myNumber, null, null, null, null, null), null,
        null, new PersonalInformationRequest.Suspension(null, "MY_NUMBER_ACT_VIOLATION",
            List.of("STOP_PROVISION", "ERASE")));
    RequestReceipt receipt = scenario.receive(twoMeasures);
    String id = receipt.requestId();
    scenario.checkedComplete(id);
    for (Map<String, Object> refused : List.<Map<String, Object>>of(
        Map.of("decision", "PARTLY_GRANTED", "stopProvisionDecision", "GRANTED", "stopUseDecision", "GRANTED"),
        Map.of("decision", "PARTLY_GRANTED", "stopProvisionDecision", "GRANTED", "eraseDecision", "GRANTED"))) {
      assertThatThrownBy(() -> scenario.drafted(id, refused)).isInstanceOf(ProcessEngineException.class);
      assertThat(store.parts(id)).isEmpty();
    }
    scenario.drafted(id, Map.of("decision", "PARTLY_GRANTED", "stopProvisionDecision", "GRANTED",
        "eraseDecision", "NO_VIOLATION"));
    scenario.approved(id);
    awaitStatus(id, "PARTLY_SUSPENDED");

    String person = store.get(id).subjectIndex();
    assertThat(restrictions.isRestricted(HOFU, person, Measure.STOP_PROVISION)).isTrue();
    assertThat(restrictions.isRestricted(HOFU, person, Measure.ERASE)).isFalse();
    assertThat(doseId(myNumber, 1)).isPositive();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_erasure WHERE request_id = ?", Integer.class, id))
        .isZero();
    assertThat(view(id).history()).filteredOn(step -> step.step().equals("RESTRICTION_APPLIED"))
        .extracting(RequestView.Step::detail).containsExactly("STOP_PROVISION");
    assertThat(letterText(id, 0)).contains("利用停止決定通知書", "一部について利用停止", "提供の停止（同法第98条第1項第2号）",
        "利用停止をする", "消去（同法第98条第1項第1号）", "利用停止をしない", "違反が認められない", "審査請求");
    assertThat(awaitAnswer(inquiryFromUbe(myNumber)).get("status").asText()).isEqualTo("REFUSED");
  }

  @Test
  void aCorrectionTheLedgerCannotMakeGoesBackToTheDraft() {
    String myNumber = scenario.personInLedger();
    disclosedToday(myNumber);
    PersonalInformationRequest noSuchDose = new PersonalInformationRequest("CORRECTION", "COUNTER", today(),
        RequestScenario.self(), new PersonalInformationRequest.Subject(myNumber, null, null, null, null, null), null,
        new PersonalInformationRequest.Correction(List.of(
            new PersonalInformationRequest.CorrectionItem("LEDGER_DOSE", "5", "LOT_NUMBER", "FA0005")), "第5回の記録"),
        null);
    RequestReceipt receipt = scenario.receive(noSuchDose);
    String id = receipt.requestId();
    scenario.checkedComplete(id);
    scenario.drafted(id, Map.of("decision", "GRANTED"));
    scenario.approved(id);
    scenario.awaitTask(id, "draft-decision");
    assertThat(view(id).history()).extracting(RequestView.Step::step).contains("CORRECTION_NOT_APPLICABLE");
    scenario.drafted(id, Map.of("decision", "REFUSED"));
    scenario.approved(id);
    awaitStatus(id, "CORRECTION_REFUSED");
    assertThat(scenario.activities(receipt.processInstanceId())).containsSubsequence("correct-ledger",
        "correction-not-applicable", "draft-again", "draft-decision", "decide-request", "correction-granted",
        "letter-again", "request-refused");
  }

  @Test
  void aSuspensionOfProvisionMakesTheNextInquiryRefused() throws Exception {
    String myNumber = scenario.personInLedger();
    disclosedToday(myNumber);
    RequestReceipt receipt = scenario.receive(RequestScenario.suspension(myNumber, today(), "STOP_PROVISION",
        "UNLAWFUL_PROVISION"));
    String id = receipt.requestId();
    scenario.checkedComplete(id);
    scenario.drafted(id, Map.of("decision", "GRANTED"));
    scenario.approved(id);
    awaitStatus(id, "SUSPENDED");
    assertThat(scenario.activities(receipt.processInstanceId())).containsSubsequence("suspension-granted",
        "apply-restriction", "letter-again", "send-decision-letter", "decision-outcome", "request-suspended");

    assertThat(letterText(id, 0)).contains("利用停止決定通知書", "提供の停止", "審査請求");
    assertThat(awaitAnswer(inquiryFromUbe(myNumber)).get("status").asText()).isEqualTo("REFUSED");
  }

  @Test
  void aSuspensionOfUseStopsUse() {
    String myNumber = scenario.personInLedger();
    disclosedToday(myNumber);
    String id = scenario.receive(RequestScenario.suspension(myNumber, today(), "STOP_USE", "PURPOSE_OUTSIDE_USE"))
        .requestId();
    scenario.checkedComplete(id);
    scenario.drafted(id, Map.of("decision", "GRANTED"));
    scenario.approved(id);
    awaitStatus(id, "SUSPENDED");
    assertThat(restrictions.isRestricted(HOFU, store.get(id).subjectIndex(), Measure.STOP_USE)).isTrue();
    assertThat(view(id).decision().parts()).containsExactly(new RequestView.Part("STOP_USE", true, null));
  }

  void inVrs(String myNumber) {
    String body = """
        {"myNumber":"%s","familyName":"山田","givenName":"花子","birthDate":"1980-04-01","sex":"FEMALE",
         "doses":[{"doseNumber":1,"date":"2021-06-01","manufacturer":"ファイザー","product":"コミナティ筋注","lot":"FA1234"},
                  {"doseNumber":2,"date":"2021-06-22","manufacturer":"ファイザー","product":"コミナティ筋注","lot":"FA5678"}]}"""
        .formatted(myNumber);
    assertThat(http.postJson("/sim/vrs/municipalities/" + HOFU + "/persons", body, null, null).statusCode())
        .isEqualTo(201);
  }

  String inquiryFromUbe(String myNumber) throws Exception {
    HttpResponse<String> response = http.postJsonIdempotent("/sim/vrs/inquiries", "{\"fromMunicipalityCode\":\""
        + UBE + "\",\"toMunicipalityCode\":\"" + HOFU + "\",\"myNumber\":\"" + myNumber + "\"}",
        java.util.UUID.randomUUID().toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body()).get("inquiryId").asText();
  }

  JsonNode awaitAnswer(String inquiryId) {
    return await().atMost(Duration.ofSeconds(30)).until(
        () -> JSON.readTree(http.get("/sim/vrs/inquiries/" + inquiryId).body()),
        inquiry -> !"PENDING".equals(inquiry.get("status").asText()));
  }

  /** The calls VRS received from 防府市 about the person (the call log shows the last four digits of the number). */
  List<JsonNode> vrsCalls(String operation, String myNumber) throws Exception {
    List<JsonNode> calls = new java.util.ArrayList<>();
    JSON.readTree(http.get("/sim/vrs/calls?municipalityCode=" + HOFU + "&operation=" + operation).body())
        .forEach(call -> {
          if (myNumber.endsWith(call.path("myNumberLast4").asText())) {
            calls.add(call);
          }
        });
    return calls;
  }

  /** The correction notices 宇部市 received through VRS about the person. */
  List<JsonNode> noticesAtUbe(String myNumber) throws Exception {
    List<JsonNode> notices = new java.util.ArrayList<>();
    JSON.readTree(http.get("/sim/vrs/municipalities/" + UBE + "/correction-notices").body()).forEach(notice -> {
      if (myNumber.endsWith(notice.path("myNumberLast4").asText())) {
        notices.add(notice);
      }
    });
    return notices;
  }

  /** A certificate of the person's doses issued at the kiosk; its id. */
  String certificate(String myNumber) {
    ElectronicCertificateReceipt certificate = certificateIntake.applyElectronically(HOFU, new ElectronicApplication(
        CertificateChannel.KIOSK, myNumber, "山田　花子", "山口県防府市寿町7-1", LocalDate.of(1980, 4, 1), "FEMALE",
        CertificateUse.DOMESTIC, null));
    assertThat(certificate.status()).isEqualTo("ISSUED");
    return certificate.certificateId();
  }

  long doseId(String myNumber, int doseNumber) {
    return jdbc.queryForObject("""
        SELECT d.id FROM ledger_dose d JOIN ledger_person p ON p.id = d.person_id
        WHERE p.municipality_code = ? AND p.my_number_index = ? AND d.dose_number = ?""", Long.class, HOFU,
        cipher.index(HOFU, myNumber), doseNumber);
  }

  /** A disclosure of the person's records decided today: the ground a correction or suspension needs. */
  void disclosedToday(String myNumber) {
    String id = scenario.receive(RequestScenario.disclosure(myNumber, RequestScenario.self(), today(),
        "VACCINATION_RECORDS")).requestId();
    scenario.checkedComplete(id);
    scenario.drafted(id, Map.of("decision", "FULL"));
    scenario.approved(id);
    awaitStatus(id, "DISCLOSED");
  }

  PersonalInformationRequest request(RequestType type, String myNumber) {
    return switch (type) {
      case DISCLOSURE -> RequestScenario.disclosure(myNumber, RequestScenario.self(), today(), "VACCINATION_RECORDS");
      case CORRECTION -> RequestScenario.correction(myNumber, today());
      case SUSPENSION -> RequestScenario.suspension(myNumber, today(), "STOP_USE", "PURPOSE_OUTSIDE_USE");
    };
  }

  Job warningJob(String processInstanceId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).activityId("deadline-approaching")
        .singleResult();
  }

  /** The text of the request's letter (in the order issued), as pdftotext reads the PDF. */
  String letterText(String id, int index) {
    RequestView.Letter letter = view(id).letters().get(index);
    byte[] pdf = requests.letter(id, letter.letterId(), CLERK, "127.0.0.1");
    assertThat(pdf).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return PdfText.joined(pdf);
  }

  RequestView view(String id) {
    return requests.view(id, CLERK, "request:" + id, "127.0.0.1");
  }

  /** The 補正依頼書 is sent and the process waits for the answer (or the end of its period). */
  void awaitWaitingForAmendment(String processInstanceId) {
    await().atMost(Duration.ofSeconds(30)).until(() -> managementService.createJobQuery()
        .processInstanceId(processInstanceId).activityId("amendment-period-expired").count() == 1);
  }

  void awaitStatus(String id, String status) {
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(store.get(id).status()).isEqualTo(status));
  }
}
