package jp.vaccinationoffice.caseserver.movein;

import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.consent.Consents;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.common.Municipalities;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.gateway.Sex;
import jp.vaccinationoffice.workers.gateway.registry.BasicItems;
import jp.vaccinationoffice.workers.gateway.vrs.VaccinationRecord;
import jp.vaccinationoffice.workers.movein.MoveInCaseStore;
import jp.vaccinationoffice.workers.movein.MoveInSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case store as the move-in workers see it. */
@Service
class MoveInCases implements MoveInCaseStore {

  static final String RECORDS_ADDED_TO_LEDGER = "RECORDS_ADDED_TO_LEDGER";

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final CaseJournal journal;
  private final Consents consents;
  private final TicketNumbers ticketNumbers;
  private final Ledger ledger;

  MoveInCases(JdbcTemplate jdbc, PersonalDataCipher cipher, CaseJournal journal, Consents consents,
      TicketNumbers ticketNumbers, Ledger ledger) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.journal = journal;
    this.consents = consents;
    this.ticketNumbers = ticketNumbers;
    this.ledger = ledger;
  }

  @Override
  public MoveInSubject subject(String caseId) {
    Map<String, Object> row = caseRow(caseId);
    String municipality = (String) row.get("municipality_code");
    return new MoveInSubject(
        caseId,
        MunicipalityCode.parse(municipality),
        MunicipalityCode.parse((String) row.get("previous_municipality_code")),
        MyNumber.parse(cipher.open(municipality, (String) row.get("my_number_sealed"))),
        new BasicItems(
            (String) row.get("family_name"),
            (String) row.get("given_name"),
            (String) row.get("family_name_kana"),
            (String) row.get("given_name_kana"),
            ((java.sql.Date) row.get("birth_date")).toLocalDate(),
            Sex.valueOf((String) row.get("sex")),
            (String) row.get("address")));
  }

  @Override
  @Transactional
  public void residentConfirmed(String caseId, String addresseeNumber, boolean protectionFlag) {
    jdbc.update("UPDATE case_file SET addressee_number = ?, protection_flag = ?, updated_at = ? WHERE id = ?",
        addresseeNumber, protectionFlag, journal.now(), caseId);
    journal.step(caseId, "RESIDENT_CONFIRMED", CaseJournal.SYSTEM, protectionFlag ? "support measure in force" : null);
  }

  @Override
  public void residentNotConfirmed(String caseId, String reason) {
    journal.step(caseId, "RESIDENT_NOT_CONFIRMED", CaseJournal.SYSTEM, reason);
  }

  @Override
  @Transactional
  public boolean beginQuery(String caseId) {
    if (!consents.use(caseId)) {
      journal.step(caseId, "QUERY_REFUSED_CONSENT_WITHDRAWN", CaseJournal.SYSTEM, null);
      return false;
    }
    journal.status(caseId, MoveInStatus.QUERYING_VRS.name(), CaseJournal.SYSTEM);
    return true;
  }

  @Override
  @Transactional
  public void recordsFound(String caseId, List<VaccinationRecord> records) {
    jdbc.update("DELETE FROM case_vaccination_record WHERE case_id = ?", caseId);
    for (VaccinationRecord record : records) {
      jdbc.update("""
          INSERT INTO case_vaccination_record (case_id, dose_number, vaccinated_on, manufacturer, product, lot)
          VALUES (?, ?, ?, ?, ?, ?)""",
          caseId, record.doseNumber(), record.date(), record.manufacturer(), record.product(), record.lot());
    }
    journal.step(caseId, "RECORDS_RECEIVED", CaseJournal.SYSTEM, records.size() + " doses");
  }

  @Override
  public void recordsNotFound(String caseId, String queriedMunicipalityCode) {
    journal.step(caseId, "RECORDS_NOT_FOUND", CaseJournal.SYSTEM, "queried " + queriedMunicipalityCode);
  }

  @Override
  @Transactional
  public String issueTicket(String caseId) {
    Map<String, Object> row = caseRow(caseId);
    String issued = (String) row.get("ticket_number");
    if (issued != null) {
      return issued;
    }
    String municipality = (String) row.get("municipality_code");
    String ticketNumber = ticketNumbers.next(municipality);
    jdbc.update("INSERT INTO vaccination_ticket (ticket_number, municipality_code, case_id, issued_at) VALUES (?, ?, ?, ?)",
        ticketNumber, municipality, caseId, journal.now());
    jdbc.update("UPDATE case_file SET ticket_number = ?, updated_at = ? WHERE id = ?", ticketNumber, journal.now(), caseId);
    journal.changed(caseId);
    journal.step(caseId, "TICKET_NUMBER_ISSUED", CaseJournal.SYSTEM, ticketNumber);
    return ticketNumber;
  }

  @Override
  @Transactional
  public void addRecordsToLedger(String caseId) {
    if (journal.hasStep(caseId, RECORDS_ADDED_TO_LEDGER)) {
      return;
    }
    Map<String, Object> row = caseRow(caseId);
    String municipality = (String) row.get("municipality_code");
    List<Ledger.Dose> doses = doses(caseId);
    ledger.addDoses(municipality, new Ledger.Person(
            (String) row.get("addressee_number"),
            cipher.open(municipality, (String) row.get("my_number_sealed")),
            row.get("family_name") + " " + row.get("given_name"),
            row.get("family_name_kana") + " " + row.get("given_name_kana"),
            ((java.sql.Date) row.get("birth_date")).toLocalDate(),
            (String) row.get("sex")),
        doses, "MOVE_IN:" + row.get("previous_municipality_code"));
    journal.step(caseId, RECORDS_ADDED_TO_LEDGER, CaseJournal.SYSTEM, doses.size() + " doses");
  }

  @Override
  @Transactional
  public void recordTicketNotice(String caseId) {
    String ticketNumber = (String) caseRow(caseId).get("ticket_number");
    if (journal.noticeOnce(caseId, "TICKET_ISSUED", "新しい接種券（接種券番号 " + ticketNumber + "）を発行しました。転出元市区町村での接種記録 "
        + doses(caseId).size() + " 回分を当市の予防接種台帳に登録しました。")) {
      journal.step(caseId, "NOTICE_RECORDED", CaseJournal.SYSTEM, "ticket " + ticketNumber);
    }
  }

  @Override
  @Transactional
  public boolean correctPreviousMunicipality(String caseId, String municipalityCode) {
    Map<String, Object> row = caseRow(caseId);
    if (municipalityCode.equals(row.get("previous_municipality_code"))) {
      return true;
    }
    if (Municipalities.nameOf(municipalityCode).isEmpty() || municipalityCode.equals(row.get("municipality_code"))) {
      journal.step(caseId, "PREVIOUS_MUNICIPALITY_NOT_CORRECTED", CaseJournal.SYSTEM, "no other municipality");
      return false;
    }
    jdbc.update("UPDATE case_file SET previous_municipality_code = ?, updated_at = ? WHERE id = ?",
        municipalityCode, journal.now(), caseId);
    journal.step(caseId, "PREVIOUS_MUNICIPALITY_CORRECTED", CaseJournal.SYSTEM, municipalityCode);
    return true;
  }

  private List<Ledger.Dose> doses(String caseId) {
    return jdbc.query(
        "SELECT * FROM case_vaccination_record WHERE case_id = ? ORDER BY dose_number",
        (rs, i) -> new Ledger.Dose(rs.getInt("dose_number"), rs.getDate("vaccinated_on").toLocalDate(),
            rs.getString("manufacturer"), rs.getString("product"), rs.getString("lot"), null),
        caseId);
  }

  private Map<String, Object> caseRow(String caseId) {
    return jdbc.queryForMap("SELECT * FROM case_file WHERE id = ?", caseId);
  }
}
