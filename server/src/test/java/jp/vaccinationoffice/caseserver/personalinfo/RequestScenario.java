package jp.vaccinationoffice.caseserver.personalinfo;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Correction;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.CorrectionItem;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Disclosure;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Requester;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Subject;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Suspension;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.common.MyNumber;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.task.Task;

/** People in the ledger, requests about them, and the staff working the requests' tasks through the engine. */
public final class RequestScenario {

  public static final String HOFU = "352063";
  static final StaffPrincipal CLERK = new StaffPrincipal("clerk", HOFU, Set.of("clerks"));
  private static final AtomicInteger PEOPLE = new AtomicInteger(300);

  private final Ledger ledger;
  private final RequestIntake intake;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final HistoryService historyService;

  public RequestScenario(Ledger ledger, RequestIntake intake, TaskService taskService, IdentityService identityService,
      HistoryService historyService) {
    this.ledger = ledger;
    this.intake = intake;
    this.taskService = taskService;
    this.identityService = identityService;
    this.historyService = historyService;
  }

  /** A new person in 防府市's ledger with two doses; their My Number. */
  public String personInLedger() {
    String eleven = String.format("%011d", 40_000_000_000L + PEOPLE.incrementAndGet() * 7919L);
    String myNumber = eleven + MyNumber.checkDigit(eleven);
    ledger.addDoses(HOFU, new Ledger.Person(null, myNumber, "山田 花子", "ヤマダ ハナコ", LocalDate.of(1980, 4, 1),
            "FEMALE"),
        List.of(new Ledger.Dose(1, LocalDate.of(2021, 6, 1), "ファイザー", "コミナティ筋注", "FA1234", null),
            new Ledger.Dose(2, LocalDate.of(2021, 6, 22), "ファイザー", "コミナティ筋注", "FA5678", null)),
        "TEST");
    return myNumber;
  }

  public static Requester self() {
    return new Requester("SELF", "山田", "花子", "ヤマダ", "ハナコ", LocalDate.of(1980, 4, 1), "山口県防府市寿町7番1号",
        "0835-25-2111");
  }

  static Requester agent() {
    return new Requester("AGENT", "佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1975, 1, 10), "山口県防府市寿町1番1号",
        "0835-25-2112");
  }

  public static PersonalInformationRequest disclosure(String myNumber, Requester requester, LocalDate receivedOn,
      String... records) {
    return new PersonalInformationRequest("DISCLOSURE", "COUNTER", receivedOn, requester,
        new Subject(myNumber, null, null, null, null, null), new Disclosure(List.of(records), "PAPER_COPY"), null, null);
  }

  public static PersonalInformationRequest correction(String myNumber, LocalDate receivedOn) {
    return new PersonalInformationRequest("CORRECTION", "COUNTER", receivedOn, self(),
        new Subject(myNumber, null, null, null, null, null), null,
        new Correction(List.of(new CorrectionItem("LEDGER_DOSE", "2", "LOT_NUMBER", "FA5679")),
            "ロット番号の転記誤り"), null);
  }

  public static PersonalInformationRequest suspension(String myNumber, LocalDate receivedOn, String measure, String ground) {
    return new PersonalInformationRequest("SUSPENSION", "MAIL", receivedOn, self(),
        new Subject(myNumber, null, null, null, null, null), null, null, new Suspension(measure, ground));
  }

  public RequestReceipt receive(PersonalInformationRequest request) {
    return intake.receive(request, null, CLERK, "127.0.0.1").answer();
  }

  public Task awaitTask(String requestId, String taskKey) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(requestId).taskDefinitionKey(taskKey).singleResult(), Objects::nonNull);
  }

  /** Completes the task as that member of staff, with the form's fields. */
  public void complete(String requestId, String taskKey, String user, List<String> groups, Map<String, Object> fields) {
    Task task = awaitTask(requestId, taskKey);
    identityService.setAuthentication(user, groups, List.of(HOFU));
    try {
      taskService.complete(task.getId(), fields);
    } finally {
      identityService.clearAuthentication();
    }
  }

  public void checked(String requestId, String completeness, String identityDocument, String powerOfAttorney) {
    complete(requestId, "check-request", "clerk", List.of("clerks"), Map.of("completeness", completeness,
        "identityDocument", identityDocument, "representationProof", "NONE", "powerOfAttorney", powerOfAttorney));
  }

  public void checkedComplete(String requestId) {
    checked(requestId, "COMPLETE", "MY_NUMBER_CARD", "NONE");
  }

  public void drafted(String requestId, Map<String, Object> fields) {
    complete(requestId, "draft-decision", "clerk", List.of("clerks"), fields);
  }

  public void approved(String requestId) {
    complete(requestId, "decide-request", "supervisor", List.of("supervisors"), Map.of("approval", "APPROVE"));
  }

  List<String> activities(String processInstanceId) {
    List<String> ids = new ArrayList<>();
    for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).orderPartiallyByOccurrence().asc().list()) {
      ids.add(activity.getActivityId());
    }
    return ids;
  }

  boolean ended(String processInstanceId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getEndTime() != null;
  }
}
