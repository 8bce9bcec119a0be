package jp.vaccinationoffice.caseserver.certificates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.common.MyNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What staff see of a request and of a certificate: numbers masked, nothing of another municipality. */
@Component
public class CertificateViews {

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final CertificateRecords records;

  CertificateViews(JdbcTemplate jdbc, PersonalDataCipher cipher, CertificateRecords records) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.records = records;
  }

  public Map<String, Object> request(String municipalityCode, String requestId) {
    List<Map<String, Object>> rows = jdbc.queryForList("""
        SELECT c.id, c.status, c.my_number_sealed, c.birth_date, r.channel, r.certificate_use, r.passport_number_masked,
            r.nationality, r.apply_to_municipality_code
        FROM case_file c JOIN certificate_request r ON r.case_id = c.id
        WHERE c.id = ? AND c.municipality_code = ? AND c.case_type = ?""",
        requestId, municipalityCode, CertificateIntake.CASE_TYPE);
    if (rows.isEmpty()) {
      throw ApiException.notFound("certificate request");
    }
    Map<String, Object> row = rows.get(0);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("requestId", requestId);
    view.put("status", row.get("status"));
    view.put("channel", row.get("channel"));
    view.put("use", row.get("certificate_use"));
    view.put("myNumber", MyNumber.parse(cipher.open(municipalityCode, (String) row.get("my_number_sealed"))).masked());
    view.put("passportNumber", row.get("passport_number_masked"));
    view.put("nationality", row.get("nationality"));
    view.put("applyToMunicipalityCode", row.get("apply_to_municipality_code"));
    view.put("doses", jdbc.queryForList("""
        SELECT d.dose_number AS "doseNumber", d.vaccinated_on AS "vaccinatedOn", d.manufacturer AS "manufacturer",
            d.product AS "product", d.lot AS "lot",
            d.found_in AS "foundIn", d.given_in AS "givenIn", d.cvx_code AS "cvxCode"
        FROM certificate_request_dose d WHERE d.case_id = ? ORDER BY d.dose_number""", requestId));
    view.put("certificates", records.ofCase(requestId).stream().map(c -> Map.of(
        "certificateId", c.id(), "status", c.status().name(), "issuedAt", c.issuedAt().toString())).toList());
    view.put("notices", jdbc.queryForList(
        "SELECT kind AS \"kind\", text AS \"text\" FROM resident_notice WHERE case_id = ? ORDER BY id", requestId));
    view.put("decisions", jdbc.queryForList("""
        SELECT decision_key AS "decisionId", decision_version AS "version", result AS "result" FROM case_decision
        WHERE case_id = ? ORDER BY id""", requestId));
    view.put("steps", jdbc.queryForList(
        "SELECT step AS \"step\", actor AS \"by\", at AS \"at\" FROM case_step WHERE case_id = ? ORDER BY id", requestId));
    return view;
  }

  Map<String, Object> certificate(CertificateRecords.Stored certificate) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("certificateId", certificate.id());
    view.put("requestId", certificate.caseId());
    view.put("status", certificate.status().name());
    view.put("use", certificate.use().name());
    view.put("holderName", certificate.holderName());
    view.put("familyNameRoman", certificate.familyNameRoman());
    view.put("givenNameRoman", certificate.givenNameRoman());
    view.put("birthDate", certificate.birthDate().toString());
    view.put("nationality", certificate.nationality());
    view.put("passportNumber", certificate.passportMasked());
    view.put("issuedAt", certificate.issuedAt().toString());
    view.put("issuedOn", certificate.issuedOn().toString());
    view.put("issuerKid", certificate.kid());
    view.put("supersededBy", certificate.supersededBy());
    view.put("revocationReason", certificate.revocationReason());
    view.put("doses", certificate.doses().stream().map(dose -> {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("doseNumber", dose.doseNumber());
      d.put("vaccinatedOn", dose.vaccinatedOn().toString());
      d.put("manufacturer", dose.manufacturer());
      d.put("product", dose.product());
      d.put("lot", dose.lot());
      d.put("cvxCode", dose.cvxCode());
      d.put("vaccineNameEn", dose.vaccineNameEn());
      d.put("manufacturerEn", dose.manufacturerEn());
      return d;
    }).toList());
    return view;
  }
}
