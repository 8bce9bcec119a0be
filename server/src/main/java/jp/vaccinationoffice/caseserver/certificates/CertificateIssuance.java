package jp.vaccinationoffice.caseserver.certificates;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.common.Municipalities;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import jp.vaccinationoffice.common.OfficeTime;

/**
 * Writes a certificate: 証明書ID, 発行年月日, the holder as the certificate shows them, the doses
 * with their vaccine codes, the passport number sealed like a My Number, and the signed SMART Health
 * Card. A reissue copies the certificate it replaces, with a new number, date, card and rid.
 */
@Component
class CertificateIssuance {


  record CertifiedDose(int doseNumber, LocalDate vaccinatedOn, String manufacturer, String product, String lot,
      String cvxCode, String vaccineNameEn, String manufacturerEn, Long ledgerDoseId) {}

  record Draft(String municipalityCode, String caseId, CertificateUse use, String holderName, String familyNameRoman,
      String givenNameRoman, LocalDate birthDate, String nationality, String passportSealed, String passportMasked,
      List<CertifiedDose> doses) {}

  private final JdbcTemplate jdbc;
  private final SmartHealthCards cards;
  private final CertificateNumbers numbers;
  private final CaseJournal journal;
  private final AccessLog accessLog;
  private final PersonalDataCipher cipher;
  private final Clock clock;

  CertificateIssuance(JdbcTemplate jdbc, SmartHealthCards cards, CertificateNumbers numbers, CaseJournal journal,
      AccessLog accessLog, PersonalDataCipher cipher, Clock clock) {
    this.jdbc = jdbc;
    this.cards = cards;
    this.numbers = numbers;
    this.journal = journal;
    this.accessLog = accessLog;
    this.cipher = cipher;
    this.clock = clock;
  }

  /** The certificate of a request whose doses are coded. */
  String issue(String caseId) {
    Map<String, Object> row = jdbc.queryForMap("""
        SELECT c.municipality_code, c.family_name, c.given_name, c.birth_date, r.certificate_use, r.family_name_roman,
            r.given_name_roman, r.nationality, r.passport_number_sealed, r.passport_number_masked
        FROM case_file c JOIN certificate_request r ON r.case_id = c.id WHERE c.id = ?""", caseId);
    List<CertifiedDose> doses = jdbc.query("""
        SELECT d.dose_number, d.vaccinated_on, d.manufacturer, d.product, d.lot, d.cvx_code, d.vaccine_name_en,
            d.manufacturer_en, d.ledger_dose_id
        FROM certificate_request_dose d JOIN case_file c ON c.id = d.case_id
        WHERE d.case_id = ? AND d.given_in = c.municipality_code ORDER BY d.dose_number""",
        (rs, i) -> new CertifiedDose(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), (Long) rs.getObject(9, Long.class)),
        caseId);
    String municipality = (String) row.get("municipality_code");
    Draft draft = new Draft(municipality, caseId, CertificateUse.valueOf((String) row.get("certificate_use")),
        HolderNames.join((String) row.get("family_name"), (String) row.get("given_name")),
        (String) row.get("family_name_roman"), (String) row.get("given_name_roman"),
        ((java.sql.Date) row.get("birth_date")).toLocalDate(), (String) row.get("nationality"),
        (String) row.get("passport_number_sealed"), (String) row.get("passport_number_masked"), doses);
    String id = store(draft);
    journal.step(caseId, "CERTIFICATE_ISSUED", CaseJournal.SYSTEM, id);
    journal.changed(caseId);
    return id;
  }

  /**
   * A new certificate in place of {@code old}; a new passport replaces the old one's. The new record
   * keeps the 本人確認 it was reissued on.
   */
  String reissue(CertificateRecords.Stored old, Passport passport, ReissueIdentityChecks.Verified verified) {
    Draft draft = new Draft(old.municipalityCode(), old.caseId(), old.use(), old.holderName(),
        passport == null ? old.familyNameRoman() : passport.familyNameRoman(),
        passport == null ? old.givenNameRoman() : passport.givenNameRoman(), old.birthDate(),
        passport == null ? old.nationality() : passport.nationality(),
        passport == null ? old.passportSealed() : cipher.seal(old.municipalityCode(), passport.number()),
        passport == null ? old.passportMasked() : PassportNumbers.masked(passport.number()), old.doses());
    String id = store(draft);
    ReissueIdentityChecks.IdentityCheck check = verified.check();
    jdbc.update("""
        UPDATE certificate SET applicant_number_document = ?, applicant_identity_document = ?,
            applicant_passport_check = ?, identity_decision = ?
        WHERE id = ?""", check.numberDocument(), check.identityDocument(),
        old.use() == CertificateUse.OVERSEAS ? check.passportCheck() : "NOT_APPLICABLE", verified.decision(), id);
    return id;
  }

  private String store(Draft draft) {
    Instant now = clock.instant();
    LocalDate issuedOn = LocalDate.ofInstant(now, OfficeTime.ZONE);
    String id = numbers.next(draft.municipalityCode(), issuedOn.getYear());
    SmartHealthCards.Holder holder = holder(draft);
    List<SmartHealthCards.Dose> doses = draft.doses().stream()
        .map(dose -> new SmartHealthCards.Dose(dose.vaccinatedOn(), dose.cvxCode(), dose.lot())).toList();
    SmartHealthCards.Card card = cards.sign(draft.municipalityCode(), holder, doses,
        Municipalities.nameOf(draft.municipalityCode()).orElse(draft.municipalityCode()), now);
    jdbc.update("""
        INSERT INTO certificate (id, municipality_code, case_id, certificate_use, status, holder_name, family_name_roman,
            given_name_roman, birth_date, nationality, passport_number_sealed, passport_number_masked, issued_at,
            issued_on, issuer_kid, rid, smart_health_card)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, draft.municipalityCode(), draft.caseId(), draft.use().name(), CertificateStatus.ISSUED.name(),
        draft.holderName(), draft.familyNameRoman(), draft.givenNameRoman(), draft.birthDate(), draft.nationality(),
        draft.passportSealed(), draft.passportMasked(), Timestamp.from(now), issuedOn, card.kid(), card.rid(),
        card.jws());
    for (CertifiedDose dose : draft.doses()) {
      jdbc.update("""
          INSERT INTO certificate_dose (certificate_id, dose_number, vaccinated_on, manufacturer, product, lot, cvx_code,
              vaccine_name_en, manufacturer_en, ledger_dose_id)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          id, dose.doseNumber(), dose.vaccinatedOn(), dose.manufacturer(), dose.product(), dose.lot(), dose.cvxCode(),
          dose.vaccineNameEn(), dose.manufacturerEn(), dose.ledgerDoseId());
    }
    accessLog.record(new AccessEntry(CaseJournal.SYSTEM, draft.municipalityCode(), AccessAction.CREATE, "CERTIFICATE",
        id, "case:" + draft.caseId(), null));
    return id;
  }

  private static SmartHealthCards.Holder holder(Draft draft) {
    if (draft.use() == CertificateUse.OVERSEAS) {
      return new SmartHealthCards.Holder(draft.familyNameRoman(), draft.givenNameRoman(), draft.birthDate());
    }
    String[] name = HolderNames.split(draft.holderName());
    return new SmartHealthCards.Holder(name[0], name[1], draft.birthDate());
  }
}
