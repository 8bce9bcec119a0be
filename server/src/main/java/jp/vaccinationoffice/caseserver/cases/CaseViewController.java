package jp.vaccinationoffice.caseserver.cases;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.consent.Consents;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.common.MyNumber;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case view for staff of the case's municipality. Every view is an access to specific personal
 * information and is logged with what justified it (the task being worked, or the case itself).
 */
@RestController
class CaseViewController {

  private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final Consents consents;
  private final AccessLog accessLog;
  private final ObjectMapper json = new ObjectMapper();

  CaseViewController(JdbcTemplate jdbc, PersonalDataCipher cipher, Consents consents, AccessLog accessLog) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.consents = consents;
    this.accessLog = accessLog;
  }

  @GetMapping("/api/cases/{caseId}")
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  @Transactional
  ResponseEntity<CaseView> view(@PathVariable String caseId, @RequestParam(required = false) String taskId,
      HttpServletRequest http) {
    StaffPrincipal staff = CurrentStaff.get();
    Map<String, Object> row = jdbc.queryForList(
            "SELECT * FROM case_file WHERE id = ? AND municipality_code = ?", caseId, staff.municipalityCode())
        .stream().findFirst().orElseThrow(() -> ApiException.notFound("case"));
    accessLog.record(new AccessEntry(staff.userId(), staff.municipalityCode(), AccessAction.READ, "CASE", caseId,
        taskId != null ? "task:" + taskId : "case:" + caseId, http.getRemoteAddr()));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(toView(caseId, row));
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
