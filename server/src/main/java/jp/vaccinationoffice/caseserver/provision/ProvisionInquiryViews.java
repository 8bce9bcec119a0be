package jp.vaccinationoffice.caseserver.provision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.accesslog.AccessSubjects;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.provision.ProvisionRecordSearch.ProvisionRecordView;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.common.MyNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Another municipality's inquiry about a person of this one, as staff of this municipality see it:
 * who asked, on which legal basis, the person the ledger matched (My Number masked, no address) with
 * the doses that were or would be provided, the approval and the records of provision. Each view is
 * logged with its justification.
 */
@Service
public class ProvisionInquiryViews {

  /** The inquiry and what the office holds about it. */
  public record InquiryView(String inquiryId, String requestingMunicipalityCode, String status, Instant receivedAt,
      String legalBasis, String decisionId, Integer decisionVersion, String approvalDecision, String approver,
      Instant approvedAt, Person person, List<Dose> doses, List<ProvisionRecordView> records) {}

  /** The person the ledger matched; never the address. */
  public record Person(String name, String nameKana, LocalDate birthDate, String sex, String myNumberMasked) {}

  public record Dose(int doseNumber, LocalDate vaccinatedOn, String manufacturer, String product, String lot) {}

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final AccessLog accessLog;

  ProvisionInquiryViews(JdbcTemplate jdbc, PersonalDataCipher cipher, AccessLog accessLog) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.accessLog = accessLog;
  }

  @Transactional
  public InquiryView view(StaffPrincipal staff, String inquiryId, String justification, String clientAddress) {
    Map<String, Object> inquiry = jdbc.queryForList("SELECT * FROM provision_inquiry WHERE id = ? AND municipality_code = ?",
        inquiryId, staff.municipalityCode()).stream().findFirst().orElseThrow(() -> ApiException.notFound("inquiry"));
    accessLog.record(new AccessEntry(staff.userId(), staff.municipalityCode(), AccessAction.READ, AccessSubjects.CASE,
        inquiryId, justification, clientAddress));
    String personId = (String) inquiry.get("ledger_person_id");
    return new InquiryView(inquiryId, (String) inquiry.get("requesting_municipality_code"), (String) inquiry.get("status"),
        instant(inquiry.get("received_at")), (String) inquiry.get("legal_basis"), (String) inquiry.get("decision_key"),
        (Integer) inquiry.get("decision_version"), (String) inquiry.get("approval_decision"),
        (String) inquiry.get("approver"), instant(inquiry.get("approved_at")),
        personId == null ? null : person(personId), personId == null ? List.of() : doses(personId), records(inquiryId));
  }

  private Person person(String personId) {
    return jdbc.query("SELECT * FROM ledger_person WHERE id = ?", (rs, i) -> new Person(rs.getString("name"),
        rs.getString("name_kana"), rs.getDate("birth_date").toLocalDate(), rs.getString("sex"),
        MyNumber.parse(cipher.open(rs.getString("municipality_code"), rs.getString("my_number_sealed"))).masked()),
        personId).stream().findFirst().orElse(null);
  }

  private List<Dose> doses(String personId) {
    return jdbc.query("SELECT * FROM ledger_dose WHERE person_id = ? ORDER BY dose_number", (rs, i) -> new Dose(
        rs.getInt("dose_number"), rs.getDate("vaccinated_on").toLocalDate(), rs.getString("manufacturer"),
        rs.getString("product"), rs.getString("lot")), personId);
  }

  private List<ProvisionRecordView> records(String inquiryId) {
    return jdbc.query("SELECT * FROM provision_record WHERE inquiry_id = ? ORDER BY recorded_at", ProvisionRecordSearch.ROW,
        inquiryId);
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp timestamp ? timestamp.toInstant() : null;
  }
}
