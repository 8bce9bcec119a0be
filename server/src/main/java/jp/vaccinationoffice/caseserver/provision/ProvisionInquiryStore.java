package jp.vaccinationoffice.caseserver.provision;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.suspensions.Measure;
import jp.vaccinationoffice.caseserver.suspensions.ProcessingRestrictions;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionOutcome;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionRecord;
import jp.vaccinationoffice.workers.gateway.vrs.VaccinationRecord;
import jp.vaccinationoffice.workers.provision.ProvisionCaseStore;
import jp.vaccinationoffice.workers.provision.ProvisionSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case store as the records-provision workers see it. */
@Service
class ProvisionInquiryStore implements ProvisionCaseStore {

  /** The items of a dose that leave the office when records are provided; never an address. */
  static final List<String> PROVIDED_ITEMS = List.of("doseNumber", "date", "manufacturer", "product", "lot");

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final Ledger ledger;
  private final CaseJournal journal;
  private final ProcessingRestrictions restrictions;
  private final InquiryIndexing indexing;

  ProvisionInquiryStore(JdbcTemplate jdbc, PersonalDataCipher cipher, Ledger ledger, CaseJournal journal,
      ProcessingRestrictions restrictions, InquiryIndexing indexing) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.ledger = ledger;
    this.journal = journal;
    this.restrictions = restrictions;
    this.indexing = indexing;
  }

  @Override
  public ProvisionSubject subject(String inquiryId) {
    Map<String, Object> row = inquiry(inquiryId);
    String municipality = (String) row.get("municipality_code");
    return new ProvisionSubject(inquiryId, MunicipalityCode.parse(municipality),
        MunicipalityCode.parse((String) row.get("requesting_municipality_code")),
        MyNumber.parse(cipher.open(municipality, (String) row.get("my_number_sealed"))));
  }

  @Override
  @Transactional
  public Optional<String> matchLedgerPerson(String inquiryId) {
    Map<String, Object> row = inquiry(inquiryId);
    Optional<String> person = ledger.findPerson((String) row.get("municipality_code"), (String) row.get("my_number_index"));
    jdbc.update("UPDATE provision_inquiry SET ledger_person_id = ?, status = ? WHERE id = ?",
        person.orElse(null), person.isPresent() ? "MATCHED" : "NOT_IN_LEDGER", inquiryId);
    indexing.changed(inquiryId);
    return person;
  }

  @Override
  public void supportMeasureChecked(String inquiryId, boolean protectionFlag) {
    jdbc.update("UPDATE provision_inquiry SET status = ? WHERE id = ?",
        protectionFlag ? "UNDER_SUPPORT_MEASURE" : "NO_SUPPORT_MEASURE", inquiryId);
    indexing.changed(inquiryId);
  }

  @Override
  public boolean provisionStopped(String inquiryId) {
    Map<String, Object> row = inquiry(inquiryId);
    return restrictions.isRestricted((String) row.get("municipality_code"), (String) row.get("my_number_index"),
        Measure.STOP_PROVISION);
  }

  @Override
  public List<VaccinationRecord> recordsToProvide(String inquiryId) {
    String personId = (String) inquiry(inquiryId).get("ledger_person_id");
    return jdbc.query("SELECT * FROM ledger_dose WHERE person_id = ? ORDER BY dose_number",
        (rs, i) -> new VaccinationRecord(rs.getInt("dose_number"), rs.getDate("vaccinated_on").toLocalDate(),
            rs.getString("manufacturer"), rs.getString("product"), rs.getString("lot")), personId);
  }

  @Override
  public void answered(String inquiryId, ProvisionOutcome outcome) {
    jdbc.update("UPDATE provision_inquiry SET status = ? WHERE id = ?", "ANSWERED_" + outcome.name(), inquiryId);
    indexing.changed(inquiryId);
  }

  @Override
  @Transactional
  public ProvisionRecord recordProvision(String inquiryId, ProvisionOutcome outcome) {
    Map<String, Object> row = inquiry(inquiryId);
    List<String> items = outcome == ProvisionOutcome.PROVIDED ? PROVIDED_ITEMS : List.of();
    Integer recorded = jdbc.queryForObject("SELECT COUNT(*) FROM provision_record WHERE inquiry_id = ?", Integer.class, inquiryId);
    if (recorded == null || recorded == 0) {
      jdbc.update("""
          INSERT INTO provision_record (id, inquiry_id, municipality_code, requesting_municipality_code, ledger_person_id,
              outcome, items_provided, legal_basis, decision_key, decision_version, approver, recorded_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          UUID.randomUUID().toString(), inquiryId, row.get("municipality_code"), row.get("requesting_municipality_code"),
          row.get("ledger_person_id"), outcome.name(), String.join(",", items), row.get("legal_basis"),
          row.get("decision_key"), row.get("decision_version"), row.get("approver"), journal.now());
    }
    Map<String, Object> record = jdbc.queryForMap("SELECT * FROM provision_record WHERE inquiry_id = ?", inquiryId);
    return new ProvisionRecord(inquiryId,
        MunicipalityCode.parse((String) record.get("requesting_municipality_code")),
        MunicipalityCode.parse((String) record.get("municipality_code")),
        ProvisionOutcome.valueOf((String) record.get("outcome")),
        items, (String) record.get("legal_basis"), (String) record.get("decision_key"),
        ((Number) record.get("decision_version")).intValue(), (String) record.get("approver"),
        ((java.sql.Timestamp) record.get("recorded_at")).toInstant());
  }

  @Override
  public void sentToIntermediateServer(String inquiryId, String intermediateRecordId) {
    jdbc.update("UPDATE provision_record SET intermediate_record_id = ? WHERE inquiry_id = ?", intermediateRecordId, inquiryId);
  }

  private Map<String, Object> inquiry(String inquiryId) {
    return jdbc.queryForMap("SELECT * FROM provision_inquiry WHERE id = ?", inquiryId);
  }
}
