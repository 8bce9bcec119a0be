package jp.vaccinationoffice.caseserver.cases;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.consent.Consents;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.common.MyNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case view for staff of the case's municipality. Every view is an access to specific personal
 * information and is logged with what justified it (the task being worked, or the case itself).
 */
@Service
public class CaseViews {

  private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final Consents consents;
  private final AccessLog accessLog;
  private final ObjectMapper json = new ObjectMapper();

  CaseViews(JdbcTemplate jdbc, PersonalDataCipher cipher, Consents consents, AccessLog accessLog) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.consents = consents;
    this.accessLog = accessLog;
  }

  /** The case as the member of staff may see it, logged with the task or the case as the reason. */
  @Transactional
  public CaseView view(StaffPrincipal staff, String caseId, String taskId, String clientAddress) {
    Map<String, Object> row = jdbc.queryForList(
            "SELECT * FROM case_file WHERE id = ? AND municipality_code = ?", caseId, staff.municipalityCode())
        .stream().findFirst().orElseThrow(() -> ApiException.notFound("case"));
    accessLog.record(new AccessEntry(staff.userId(), staff.municipalityCode(), AccessAction.READ, "CASE", caseId,
        taskId != null ? "task:" + taskId : "case:" + caseId, clientAddress));
    return toView(caseId, row);
  }

  private CaseView toView(String caseId, Map<String, Object> row) {
    String municipality = (String) row.get("municipality_code");
    MyNumber myNumber = MyNumber.parse(cipher.open(municipality, (String) row.get("my_number_sealed")));
    return new CaseView(
        caseId,
        (String) row.get("case_type"),
        (String) row.get("status"),
        municipality,
        (String) row.get("previous_municipality_code"),
        new CaseView.Resident((String) row.get("family_name"), (String) row.get("given_name"),
            (String) row.get("family_name_kana"), (String) row.get("given_name_kana"),
            ((java.sql.Date) row.get("birth_date")).toLocalDate(), (String) row.get("sex"), (String) row.get("address")),
        myNumber.masked(),
        (String) row.get("addressee_number"),
        records(caseId),
        (String) row.get("ticket_number"),
        (String) row.get("legal_basis"),
        consents.ofCase(caseId).map(c -> new CaseView.Consent(c.id(), c.scope(), c.channel(), c.signedOn(), c.evidence(),
            c.state().name(), c.recordedAt(), c.usedAt(), c.withdrawnAt())).orElse(null),
        decisions(caseId),
        steps(caseId));
  }

  private List<CaseView.Record> records(String caseId) {
    return jdbc.query("SELECT * FROM case_vaccination_record WHERE case_id = ? ORDER BY dose_number",
        (rs, i) -> new CaseView.Record(rs.getInt("dose_number"), rs.getDate("vaccinated_on").toLocalDate(),
            rs.getString("manufacturer"), rs.getString("product"), rs.getString("lot")), caseId);
  }

  private List<CaseView.Decision> decisions(String caseId) {
    return jdbc.query("SELECT * FROM case_decision WHERE case_id = ? ORDER BY id",
        (rs, i) -> new CaseView.Decision(rs.getString("decision_key"), rs.getInt("decision_version"),
            parse(rs.getString("result")), rs.getTimestamp("at").toInstant()), caseId);
  }

  private List<CaseView.Step> steps(String caseId) {
    return jdbc.query("SELECT * FROM case_step WHERE case_id = ? ORDER BY id",
        (rs, i) -> new CaseView.Step(rs.getString("step"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
            rs.getString("detail")), caseId);
  }

  private Map<String, Object> parse(String result) {
    try {
      return json.readValue(result, JSON_OBJECT);
    } catch (Exception e) {
      throw new IllegalStateException("unreadable decision result", e);
    }
  }
}
