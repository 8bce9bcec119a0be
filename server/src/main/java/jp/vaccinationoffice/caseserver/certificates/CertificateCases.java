package jp.vaccinationoffice.caseserver.certificates;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.Municipalities;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.certificates.CertificateCaseStore;
import jp.vaccinationoffice.workers.gateway.vrs.VaccinationRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case store of certificate requests as the workers see it. Doses are copied from the ledger or
 * VRS into the request, each marked with the municipality it was given in: a dose the ledger got
 * through a move-in query ({@code MOVE_IN:<code>}) was given elsewhere.
 */
@Component
class CertificateCases implements CertificateCaseStore {

  private static final String MOVE_IN_SOURCE = "MOVE_IN:";

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final CaseJournal journal;
  private final CertificateIssuance issuance;

  CertificateCases(JdbcTemplate jdbc, PersonalDataCipher cipher, CaseJournal journal, CertificateIssuance issuance) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.journal = journal;
    this.issuance = issuance;
  }

  @Override
  public Applicant applicant(String caseId) {
    Map<String, Object> row = jdbc.queryForMap("SELECT municipality_code, my_number_sealed FROM case_file WHERE id = ?",
        caseId);
    String municipality = (String) row.get("municipality_code");
    return new Applicant(new MunicipalityCode(municipality),
        MyNumber.parse(cipher.open(municipality, (String) row.get("my_number_sealed"))));
  }

  @Override
  @Transactional
  public boolean takeDosesFromLedger(String caseId) {
    Map<String, Object> request = jdbc.queryForMap("SELECT municipality_code, my_number_index FROM case_file WHERE id = ?",
        caseId);
    String municipality = (String) request.get("municipality_code");
    List<Map<String, Object>> doses = jdbc.queryForList("""
        SELECT d.id, d.dose_number, d.vaccinated_on, d.manufacturer, d.product, d.lot, d.source
        FROM ledger_dose d JOIN ledger_person p ON p.id = d.person_id
        WHERE p.municipality_code = ? AND p.my_number_index = ? ORDER BY d.dose_number""",
        municipality, request.get("my_number_index"));
    if (doses.isEmpty()) {
      return false;
    }
    jdbc.update("DELETE FROM certificate_request_dose WHERE case_id = ?", caseId);
    for (Map<String, Object> dose : doses) {
      String source = (String) dose.get("source");
      String givenIn = source != null && source.startsWith(MOVE_IN_SOURCE) ? source.substring(MOVE_IN_SOURCE.length())
          : municipality;
      insertDose(caseId, ((Number) dose.get("dose_number")).intValue(), dose.get("vaccinated_on"),
          (String) dose.get("manufacturer"), (String) dose.get("product"), (String) dose.get("lot"),
          ((Number) dose.get("id")).longValue(), "LEDGER", givenIn);
    }
    journal.step(caseId, "DOSES_FOUND_IN_LEDGER", CaseJournal.SYSTEM, doses.size() + " doses");
    return true;
  }

  @Override
  @Transactional
  public void takeDosesFromVrs(String caseId, List<VaccinationRecord> records) {
    String municipality = municipalityOf(caseId);
    jdbc.update("DELETE FROM certificate_request_dose WHERE case_id = ?", caseId);
    for (VaccinationRecord dose : records) {
      insertDose(caseId, dose.doseNumber(), dose.date(), dose.manufacturer(),
          dose.product() == null ? dose.manufacturer() : dose.product(), dose.lot() == null ? "" : dose.lot(), null,
          "VRS", municipality);
    }
    journal.step(caseId, "DOSES_FOUND_IN_VRS", CaseJournal.SYSTEM, records.size() + " doses");
  }

  private void insertDose(String caseId, int doseNumber, Object vaccinatedOn, String manufacturer, String product,
      String lot, Long ledgerDoseId, String foundIn, String givenIn) {
    jdbc.update("""
        INSERT INTO certificate_request_dose (case_id, dose_number, vaccinated_on, manufacturer, product, lot,
            ledger_dose_id, found_in, given_in)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        caseId, doseNumber, vaccinatedOn, manufacturer, product, lot, ledgerDoseId, foundIn, givenIn);
  }

  @Override
  public DoseCount doseCount(String caseId) {
    String municipality = municipalityOf(caseId);
    List<Map<String, Object>> doses = jdbc.queryForList(
        "SELECT given_in FROM certificate_request_dose WHERE case_id = ? ORDER BY dose_number", caseId);
    int here = 0;
    String elsewhere = null;
    for (Map<String, Object> dose : doses) {
      String givenIn = (String) dose.get("given_in");
      if (municipality.equals(givenIn)) {
        here++;
      } else {
        elsewhere = givenIn;
      }
    }
    return new DoseCount(here, doses.size() - here, elsewhere);
  }

  @Override
  public Optional<UncodedDose> nextUncodedDose(String caseId) {
    return jdbc.query("""
        SELECT d.dose_number, d.manufacturer, d.product FROM certificate_request_dose d
        JOIN case_file c ON c.id = d.case_id
        WHERE d.case_id = ? AND d.given_in = c.municipality_code AND d.cvx_code IS NULL
        ORDER BY d.dose_number""",
        (rs, i) -> new UncodedDose(rs.getInt(1), rs.getString(2), rs.getString(3)), caseId).stream().findFirst();
  }

  @Override
  @Transactional
  public void recordVaccineCode(String caseId, int doseNumber, String cvxCode, String vaccineNameEn,
      String manufacturerEn) {
    // the decision reads the maker and product only: its answer holds for every dose of the same product
    jdbc.update("""
        UPDATE certificate_request_dose SET cvx_code = ?, vaccine_name_en = ?, manufacturer_en = ?
        WHERE case_id = ? AND cvx_code IS NULL AND EXISTS (SELECT 1 FROM certificate_request_dose coded
            WHERE coded.case_id = certificate_request_dose.case_id AND coded.dose_number = ?
            AND coded.manufacturer = certificate_request_dose.manufacturer
            AND coded.product = certificate_request_dose.product)""",
        cvxCode, vaccineNameEn, manufacturerEn, caseId, doseNumber);
  }

  @Override
  @Transactional
  public String issueCertificate(String caseId) {
    return jdbc.queryForList("SELECT id FROM certificate WHERE case_id = ? ORDER BY issued_at", String.class, caseId)
        .stream().findFirst().orElseGet(() -> issuance.issue(caseId));
  }

  @Override
  @Transactional
  public void recordNoDosesNotice(String caseId, String applyToMunicipalityCode) {
    String text = applyToMunicipalityCode == null || applyToMunicipalityCode.isBlank()
        ? "接種の記録が見つからないため、接種証明書を交付できません。接種を受けた市区町村に申請してください。"
        : "この市区町村で接種を受けた記録がないため、接種証明書を交付できません。接種を受けた"
            + Municipalities.nameOf(applyToMunicipalityCode).orElse("市区町村") + "（" + applyToMunicipalityCode
            + "）に申請してください。";
    if (journal.noticeOnce(caseId, "NO_DOSES_TO_CERTIFY", text)) {
      journal.step(caseId, "NOTICE_RECORDED", CaseJournal.SYSTEM, null);
    }
  }

  private String municipalityOf(String caseId) {
    return jdbc.queryForObject("SELECT municipality_code FROM case_file WHERE id = ?", String.class, caseId);
  }
}
