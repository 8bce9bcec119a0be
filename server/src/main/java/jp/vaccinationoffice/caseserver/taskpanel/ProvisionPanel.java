package jp.vaccinationoffice.caseserver.taskpanel;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.common.MyNumber;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The panel of a provision inquiry's approval: who asks, why a supervisor must approve, the person
 * as the ledger knows them (never the address) and the records that would leave the office.
 */
@Component
class ProvisionPanel {

  private static final List<String> DOSE_COLUMNS = List.of("回", "接種日", "メーカー", "製品名", "ロット番号");

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final PersonalDataCipher cipher;

  ProvisionPanel(JdbcTemplate jdbc, RuntimeService runtime, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.cipher = cipher;
  }

  void fill(StaffPrincipal staff, String inquiryId, Task task, TaskPanel.Builder panel) {
    Map<String, Object> inquiry = jdbc.queryForList(
            "SELECT * FROM provision_inquiry WHERE id = ? AND municipality_code = ?", inquiryId, staff.municipalityCode())
        .stream().findFirst().orElseThrow(() -> ApiException.notFound("inquiry"));
    boolean supportMeasure = Boolean.TRUE.equals(runtime.getVariable(task.getProcessInstanceId(), "protectionFlag"));
    panel.section("照会")
        .row("照会元", CaseWords.municipality((String) inquiry.get("requesting_municipality_code")))
        .row("受信日時", JapaneseDates.moment(((Timestamp) inquiry.get("received_at")).toInstant()))
        .row("提供の根拠", CaseWords.legalBasis((String) inquiry.get("legal_basis")))
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
          .row("性別", CaseWords.sex((String) person.get("sex")))
          .row("個人番号", masked)
          .row("住所", supportMeasure ? "支援措置の対象のため表示しません" : "提供しないため表示しません");
    }
    List<List<String>> doses = personId == null ? List.of() : jdbc.query(
        "SELECT * FROM ledger_dose WHERE person_id = ? ORDER BY dose_number",
        (rs, i) -> List.of(rs.getInt("dose_number") + "回目", JapaneseDates.day(rs.getDate("vaccinated_on").toLocalDate()),
            rs.getString("manufacturer"), rs.getString("product"), rs.getString("lot")), personId);
    panel.section("提供される接種記録").table(DOSE_COLUMNS, doses);
  }
}
