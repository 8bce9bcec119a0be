package jp.vaccinationoffice.caseserver.taskpanel;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.cases.SupportMeasures;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.common.MyNumber;
import org.operaton.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The panel of a certificate request's task: the applicant as the application names them, the use
 * and the passport (its number masked), then what the task needs: the documents 番号法第16条
 * accepts (verify-applicant), or the doses the certificate states and where to post it
 * (mail-certificate). The registered address is withheld while a support measure protects the person.
 */
@Component
class CertificatePanel {

  private static final List<String> DOSE_COLUMNS = List.of("回", "接種日", "メーカー", "製品名", "ロット番号");
  static final String WITHHELD_ADDRESS = "支援措置の対象のため表示しません";

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final CaseHistory history;
  private final SupportMeasures supportMeasures;

  CertificatePanel(JdbcTemplate jdbc, PersonalDataCipher cipher, CaseHistory history, SupportMeasures supportMeasures) {
    this.supportMeasures = supportMeasures;
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.history = history;
  }

  void fill(StaffPrincipal staff, String caseId, Task task, TaskPanel.Builder panel) {
    Map<String, Object> row = jdbc.queryForList("""
        SELECT c.*, r.channel, r.certificate_use, r.passport_number_masked, r.nationality, r.family_name_roman,
            r.given_name_roman, r.other_name, r.mail_postal_code, r.mail_address
        FROM case_file c JOIN certificate_request r ON r.case_id = c.id WHERE c.id = ? AND c.municipality_code = ?""",
        caseId, staff.municipalityCode()).stream().findFirst().orElseThrow(() -> ApiException.notFound("case"));
    String municipality = (String) row.get("municipality_code");
    boolean supportMeasure = supportMeasures.protects(municipality, (String) row.get("my_number_index"));
    panel.section("申請者（申請書の内容）")
        .row("氏名", row.get("family_name") + "　" + row.get("given_name"))
        .row("フリガナ", row.get("family_name_kana") + "　" + row.get("given_name_kana"))
        .row("生年月日", JapaneseDates.birthDate(((java.sql.Date) row.get("birth_date")).toLocalDate()))
        .row("性別", CaseWords.sex((String) row.get("sex")))
        .row("個人番号", MyNumber.parse(cipher.open(municipality, (String) row.get("my_number_sealed"))).masked())
        .row("住所", supportMeasure ? WITHHELD_ADDRESS : (String) row.get("address"));
    boolean overseas = "OVERSEAS".equals(row.get("certificate_use"));
    panel.section("申請")
        .row("受付の方法", RequestWords.of(RequestWords.CHANNELS, (String) row.get("channel")))
        .row("用途", overseas ? "海外用（日本語・英語）" : "国内用")
        .row("案件の状態", CaseWords.status((String) row.get("status")))
        .row("受付日時", JapaneseDates.moment(((Timestamp) row.get("created_at")).toInstant()))
        .row("受付者", (String) row.get("created_by"));
    if (overseas) {
      panel.section("旅券（申請書の内容）")
          .row("旅券番号", (String) row.get("passport_number_masked"))
          .row("国籍", (String) row.get("nationality"))
          .row("氏名（ローマ字）", row.get("family_name_roman") + " " + row.get("given_name_roman"))
          .row("旧姓・別姓・別名", (String) row.get("other_name"))
          .note("旅券番号は末尾だけを表示しています。旅券の原本と申請書の記載が同じか確かめてください。");
    }
    switch (task.getTaskDefinitionKey()) {
      case "verify-applicant" -> MoveInPanel.identityDocuments(panel);
      case "mail-certificate" -> mailing(caseId, row, supportMeasure, panel);
      default -> { }
    }
    history.fill(caseId, panel);
  }

  private void mailing(String caseId, Map<String, Object> row, boolean supportMeasure, TaskPanel.Builder panel) {
    List<List<String>> doses = jdbc.query("""
        SELECT dose_number, vaccinated_on, manufacturer, product, lot FROM certificate_request_dose
        WHERE case_id = ? AND given_in = ? ORDER BY dose_number""",
        (rs, i) -> List.of(rs.getInt(1) + "回目", JapaneseDates.day(rs.getDate(2).toLocalDate()), rs.getString(3),
            rs.getString(4), rs.getString(5)), caseId, row.get("municipality_code"));
    panel.section("証明する接種").table(DOSE_COLUMNS, doses)
        .note("この市で住民として受けた接種だけを証明します。");
    List<String> issued = jdbc.query("SELECT issued_at FROM certificate WHERE case_id = ? ORDER BY issued_at",
        (rs, i) -> JapaneseDates.moment(rs.getTimestamp(1).toInstant()), caseId);
    panel.section("送付先（申請書の内容）")
        .row("郵便番号", (String) row.get("mail_postal_code"))
        .row("住所", (String) row.get("mail_address"))
        .row("証明書の交付", issued.isEmpty() ? "未交付" : issued.get(issued.size() - 1) + " 交付")
        .note(supportMeasure
            ? "支援措置の対象者です。申請書の送付先にだけ送り、送付先を申請者以外に伝えないでください。"
            : "証明書を印刷し、申請書の送付先に郵送してから記録してください。");
  }
}
