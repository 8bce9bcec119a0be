package jp.vaccinationoffice.caseserver.taskpanel;

import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.consent.ConsentRecord;
import jp.vaccinationoffice.caseserver.consent.Consents;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.common.MyNumber;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The panel of a move-in case's task: the resident as taken in at the counter, then what the task
 * needs: the documents 番号法第16条 accepts (verify-identity), the consent (confirm-consent), what
 * was asked and what came back (resolve-not-found, correct-resident-details); the case's history last.
 */
@Component
class MoveInPanel {

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final PersonalDataCipher cipher;
  private final Consents consents;
  private final CaseHistory history;

  MoveInPanel(JdbcTemplate jdbc, RuntimeService runtime, PersonalDataCipher cipher, Consents consents,
      CaseHistory history) {
    this.history = history;
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.cipher = cipher;
    this.consents = consents;
  }

  void fill(StaffPrincipal staff, String caseId, Task task, TaskPanel.Builder panel) {
    Map<String, Object> row = jdbc.queryForList("SELECT * FROM case_file WHERE id = ? AND municipality_code = ?",
        caseId, staff.municipalityCode()).stream().findFirst().orElseThrow(() -> ApiException.notFound("case"));
    String municipality = (String) row.get("municipality_code");
    String masked = MyNumber.parse(cipher.open(municipality, (String) row.get("my_number_sealed"))).masked();
    panel.section("本人（窓口で受け付けた内容）")
        .row("氏名", row.get("family_name") + "　" + row.get("given_name"))
        .row("フリガナ", row.get("family_name_kana") + "　" + row.get("given_name_kana"))
        .row("生年月日", JapaneseDates.birthDate(((java.sql.Date) row.get("birth_date")).toLocalDate()))
        .row("性別", CaseWords.sex((String) row.get("sex")))
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
        .row("転出元市区町村", CaseWords.municipality((String) row.get("previous_municipality_code")))
        .row("受付日時", JapaneseDates.moment(((Timestamp) row.get("created_at")).toInstant()))
        .row("受付者", (String) row.get("created_by"));
    history.fill(caseId, panel);
  }

  /** What 番号法第16条 accepts for the two checks, for every task that verifies a person at the counter. */
  static void identityDocuments(TaskPanel.Builder panel) {
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
        .row("照会先", CaseWords.municipality((String) row.get("previous_municipality_code")))
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
}
