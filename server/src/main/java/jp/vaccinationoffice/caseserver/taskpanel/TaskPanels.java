package jp.vaccinationoffice.caseserver.taskpanel;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.accesslog.AccessSubjects;
import jp.vaccinationoffice.caseserver.accesslog.Justification;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.cases.ReceptionNumbers;
import jp.vaccinationoffice.caseserver.consent.ConsentRecord;
import jp.vaccinationoffice.caseserver.consent.Consents;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.common.Municipalities;
import jp.vaccinationoffice.common.MyNumber;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the case panel of a task from the case store, and logs the read with the task as its
 * justification; the subject is the case, that is the task's business key (a move-in case, or the
 * inquiry a provision answers). What is shown depends on the task: the resident and the documents 番号法第16条
 * accepts for verify-identity, the consent for confirm-consent, what was sent and what came back
 * for resolve-not-found and correct-resident-details, the person and the records that would leave
 * for approve-provision.
 */
@Service
class TaskPanels {

  private static final Set<String> MOVE_IN_PROCESSES = Set.of("move-in-record-query", "consent-capture");
  private static final Set<String> PROVISION_PROCESSES = Set.of("records-provision");
  private static final List<String> DOSE_COLUMNS = List.of("回", "接種日", "メーカー", "製品名", "ロット番号");

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final Consents consents;
  private final AccessLog accessLog;

  TaskPanels(TaskService tasks, RuntimeService runtime, RepositoryService repository, JdbcTemplate jdbc,
      PersonalDataCipher cipher, Consents consents, AccessLog accessLog) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.consents = consents;
    this.accessLog = accessLog;
  }

  @Transactional
  public TaskPanel forTask(StaffPrincipal staff, String taskId, String clientAddress) {
    Task task = Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
        .filter(found -> staff.municipalityCode() != null && staff.municipalityCode().equals(found.getTenantId()))
        .orElseThrow(() -> ApiException.notFound("task"));
    if (!involves(task, staff)) {
      throw new ApiException(HttpStatus.FORBIDDEN, "この業務の担当者でもグループの一員でもありません");
    }
    String caseId = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
        .getBusinessKey();
    String process = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    TaskPanel.Builder panel = new TaskPanel.Builder();
    if (PROVISION_PROCESSES.contains(process)) {
      provision(staff, caseId, task, panel);
    } else if (MOVE_IN_PROCESSES.contains(process)) {
      moveIn(staff, caseId, task, panel);
    } else {
      // a process this panel does not know yet: nothing of the case is read, so nothing is logged
      panel.section("案件").row("受付番号", ReceptionNumbers.of(caseId))
          .note("この業務の案件の内容は、このタブではまだ表示できません。");
      return new TaskPanel(taskId, task.getTaskDefinitionKey(), ReceptionNumbers.of(caseId), task.getName(),
          JapaneseDates.moment(task.getDueDate()), panel.build());
    }
    accessLog.record(new AccessEntry(staff.userId(), staff.municipalityCode(), AccessAction.READ, AccessSubjects.CASE,
        caseId, Justification.task(taskId), clientAddress));
    return new TaskPanel(taskId, task.getTaskDefinitionKey(), ReceptionNumbers.of(caseId), task.getName(),
        JapaneseDates.moment(task.getDueDate()), panel.build());
  }

  private boolean involves(Task task, StaffPrincipal staff) {
    if (staff.userId().equals(task.getAssignee())) {
      return true;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (staff.userId().equals(link.getUserId()) || link.getGroupId() != null && staff.isMemberOf(link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }

  private void moveIn(StaffPrincipal staff, String caseId, Task task, TaskPanel.Builder panel) {
    Map<String, Object> row = jdbc.queryForList("SELECT * FROM case_file WHERE id = ? AND municipality_code = ?",
        caseId, staff.municipalityCode()).stream().findFirst().orElseThrow(() -> ApiException.notFound("case"));
    String municipality = (String) row.get("municipality_code");
    String masked = MyNumber.parse(cipher.open(municipality, (String) row.get("my_number_sealed"))).masked();
    panel.section("本人（窓口で受け付けた内容）")
        .row("氏名", row.get("family_name") + "　" + row.get("given_name"))
        .row("フリガナ", row.get("family_name_kana") + "　" + row.get("given_name_kana"))
        .row("生年月日", JapaneseDates.birthDate(((java.sql.Date) row.get("birth_date")).toLocalDate()))
        .row("性別", sex((String) row.get("sex")))
        .row("個人番号", masked)
        .row("住所", (String) row.get("address"));
    switch (task.getTaskDefinitionKey()) {
      case "verify-identity" -> identityDocuments(panel);
      case "confirm-consent" -> consent(caseId, panel);
      case "resolve-not-found" -> notFound(row, panel);
      case "correct-resident-details" -> mismatch(task, panel);
      default -> { }
    }
    panel.section("受付")
        .row("案件の状態", CaseWords.status((String) row.get("status")))
        .row("転出元市区町村", municipality((String) row.get("previous_municipality_code")))
        .row("受付日時", JapaneseDates.moment(((Timestamp) row.get("created_at")).toInstant()))
        .row("受付者", (String) row.get("created_by"));
    history(caseId, panel);
  }

  private static void identityDocuments(TaskPanel.Builder panel) {
    panel.section("番号法第16条で認められる書類")
        .row("番号確認", "個人番号カード／通知カード（記載事項に変更がないもの）／個人番号が記載された住民票の写し")
        .row("身元確認", "個人番号カード／運転免許証／旅券／在留カード など顔写真付きの書類1点、"
            + "又は健康保険の資格確認書・年金手帳など顔写真のない書類2点")
        .note("個人番号カードが1枚あれば、番号確認と身元確認の両方ができます。書類に写っている氏名・生年月日が上の内容と同じか確かめてください。");
  }

  private void consent(String caseId, TaskPanel.Builder panel) {
    Optional<ConsentRecord> consent = consents.ofCase(caseId);
    panel.section("本人同意");
    consent.ifPresentOrElse(c -> panel
        .row("同意の範囲", CaseWords.consentScope(c.scope()))
        .row("取得経路", CaseWords.consentChannel(c.channel()))
        .row("署名日", JapaneseDates.day(c.signedOn()))
        .row("証跡", CaseWords.consentEvidence(c.evidence()))
        .row("状態", CaseWords.consentState(c.state().name())),
        () -> panel.row("状態", "同意の記録がありません"));
    panel.note("新接種券発行申請書兼接種記録確認同意書の署名欄と署名日を確かめてください。");
  }

  private void notFound(Map<String, Object> row, TaskPanel.Builder panel) {
    panel.section("照会した内容と結果")
        .row("照会先", municipality((String) row.get("previous_municipality_code")))
        .row("照会した本人", "上記の本人（個人番号で照会）")
        .row("結果", "照会先に接種記録がありませんでした")
        .note("転出元の市区町村コードが申請書の前住所と合っているか確かめてください。");
  }

  /** The registry's answer as the worker left it in the process: the names of the differing items, never their values. */
  private void mismatch(Task task, TaskPanel.Builder panel) {
    Object items = runtime.getVariable(task.getExecutionId(), "mismatchedItems");
    panel.section("住民基本台帳への照会")
        .row("送った内容", "上記の氏名・フリガナ・生年月日・性別・住所")
        .row("台帳の回答", items == null || items.toString().isBlank() ? "本人を確認できませんでした"
            : "一致しなかった項目: " + items)
        .note("住民基本台帳の内容そのものは表示しません。申請書と本人確認書類で正しい内容を確かめてください。");
  }

  private void history(String caseId, TaskPanel.Builder panel) {
    List<List<String>> steps = jdbc.query("SELECT step, at, actor FROM case_step WHERE case_id = ? ORDER BY id",
        (rs, i) -> List.of(JapaneseDates.moment(rs.getTimestamp("at").toInstant()), CaseWords.step(rs.getString("step")),
            "system".equals(rs.getString("actor")) ? "システム" : rs.getString("actor")), caseId);
    panel.section("経過").table(List.of("日時", "内容", "担当"), steps);
  }

  private void provision(StaffPrincipal staff, String inquiryId, Task task, TaskPanel.Builder panel) {
    Map<String, Object> inquiry = jdbc.queryForList(
            "SELECT * FROM provision_inquiry WHERE id = ? AND municipality_code = ?", inquiryId, staff.municipalityCode())
        .stream().findFirst().orElseThrow(() -> ApiException.notFound("inquiry"));
    boolean supportMeasure = Boolean.TRUE.equals(runtime.getVariable(task.getProcessInstanceId(), "protectionFlag"));
    panel.section("照会")
        .row("照会元", municipality((String) inquiry.get("requesting_municipality_code")))
        .row("受信日時", JapaneseDates.moment(((Timestamp) inquiry.get("received_at")).toInstant()))
        .row("提供の根拠", legalBasis((String) inquiry.get("legal_basis")))
        .row("承認の期限", JapaneseDates.moment(task.getDueDate()) + "（VRSへの回答期限の前の開庁日）");
    panel.section("承認が必要な理由")
        .row("理由", supportMeasure
            ? "住民基本台帳の支援措置（DV・ストーカー行為等の被害者の保護）の対象者です。提供先で住所が知られることのないよう、提供してよいか所属長が判断します。"
            : "決定表 provision-permitted が自動で応答しないと判定した照会です。")
        .note("提供されるのは下の接種記録（接種回・接種日・メーカー・製品名・ロット番号）だけで、住所・氏名は提供されません。");
    String personId = (String) inquiry.get("ledger_person_id");
    Map<String, Object> person = personId == null ? null
        : jdbc.queryForList("SELECT * FROM ledger_person WHERE id = ?", personId).stream().findFirst().orElse(null);
    panel.section("本人（予防接種台帳）");
    if (person == null) {
      panel.row("氏名", "台帳に該当する人がいません");
    } else {
      String masked = MyNumber.parse(cipher.open((String) person.get("municipality_code"),
          (String) person.get("my_number_sealed"))).masked();
      panel.row("氏名", (String) person.get("name"))
          .row("フリガナ", (String) person.get("name_kana"))
          .row("生年月日", JapaneseDates.birthDate(((java.sql.Date) person.get("birth_date")).toLocalDate()))
          .row("性別", sex((String) person.get("sex")))
          .row("個人番号", masked)
          .row("住所", supportMeasure ? "支援措置の対象のため表示しません" : "提供しないため表示しません");
    }
    List<List<String>> doses = personId == null ? List.of() : jdbc.query(
        "SELECT * FROM ledger_dose WHERE person_id = ? ORDER BY dose_number",
        (rs, i) -> List.of(rs.getInt("dose_number") + "回目", JapaneseDates.day(rs.getDate("vaccinated_on").toLocalDate()),
            rs.getString("manufacturer"), rs.getString("product"), rs.getString("lot")), personId);
    panel.section("提供される接種記録").table(DOSE_COLUMNS, doses);
  }

  private static String municipality(String code) {
    if (code == null) {
      return null;
    }
    return Municipalities.nameOf(code).map(name -> name + "（" + code + "）").orElse(code);
  }

  private static String legalBasis(String basis) {
    return basis == null ? "判定前" : basis;
  }

  private static String sex(String sex) {
    return switch (sex == null ? "" : sex) {
      case "MALE" -> "男";
      case "FEMALE" -> "女";
      default -> sex;
    };
  }
}
