package jp.vaccinationoffice.caseserver.suspensions;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.accesslog.AccessSubjects;
import jp.vaccinationoffice.caseserver.corrections.LedgerCorrections;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.modeleffects.Actors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erases a person's records from the municipality's ledger (消去) and writes the deletion record.
 *
 * <p>Erased: the ledger person (sealed My Number, name, kana, birth date, sex, addressee number), the
 * person's doses and the correction history of those doses (which holds former values).
 *
 * <p>Kept, because the law or the office's own accountability requires it:
 * <ul>
 *   <li>the records of provision (情報提供等の記録, {@code provision_inquiry}, {@code provision_record}):
 *       番号法第23条 obliges the office to keep them (for 7 years, 番号法施行令第29条); they name the
 *       ledger person only by the internal id, which no longer leads anywhere;</li>
 *   <li>the access log: the record of who handled specific personal information (特定個人情報の適正な
 *       取扱いに関するガイドライン, 安全管理措置), append-only by design;</li>
 *   <li>the correction notices sent to VRS and other municipalities: the record that recipients were told;</li>
 *   <li>this deletion record and the ERASE restriction, which hold the keyed-hash index (not the My
 *       Number) so that the erasure can be shown and a later import of the same person is recognised;</li>
 *   <li>case files of other procedures (move-in queries, certificates, requests), each under its own
 *       retention: this measure is about the ledger.</li>
 * </ul>
 * Whether the duty to keep vaccination records (予防接種法施行令第6条の2) allows the erasure at all is
 * decided with the request, before this effect runs.
 */
@Component
class LedgerErasure {

  private final JdbcTemplate jdbc;
  private final AccessLog accessLog;
  private final Clock clock;

  private final Ledger ledger;
  private final LedgerCorrections corrections;

  LedgerErasure(JdbcTemplate jdbc, AccessLog accessLog, Clock clock, Ledger ledger, LedgerCorrections corrections) {
    this.ledger = ledger;
    this.corrections = corrections;
    this.jdbc = jdbc;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  Restriction.Erasure erase(String municipalityCode, String personIndex, String requestId, String effectKey) {
    Optional<String> person = jdbc.queryForList(
        "SELECT id FROM ledger_person WHERE municipality_code = ? AND my_number_index = ? FOR UPDATE", String.class,
        municipalityCode, personIndex).stream().findFirst();
    int correctionsErased = 0;
    int doses = 0;
    int persons = 0;
    if (person.isPresent()) {
      String personId = person.get();
      correctionsErased = corrections.eraseHistory(municipalityCode, personId);
      Ledger.Erased erased = ledger.erasePerson(personId);
      doses = erased.doses();
      persons = erased.persons();
      accessLog.record(new AccessEntry(Actors.SYSTEM, municipalityCode, AccessAction.DELETE, AccessSubjects.PERSON,
          personId, "request:" + requestId, null));
    }
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update("""
        INSERT INTO ledger_erasure (municipality_code, person_index, ledger_person_id, persons_erased, doses_erased,
            corrections_erased, request_id, effect_key, erased_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        municipalityCode, personIndex, person.orElse(null), persons, doses, correctionsErased, requestId, effectKey, now);
    return byEffectKey(effectKey).orElseThrow();
  }

  Optional<Restriction.Erasure> byEffectKey(String effectKey) {
    return jdbc.query("SELECT * FROM ledger_erasure WHERE effect_key = ?", (rs, row) -> new Restriction.Erasure(
        rs.getLong("id"), rs.getString("ledger_person_id"), rs.getInt("persons_erased"), rs.getInt("doses_erased"),
        rs.getInt("corrections_erased"), rs.getString("request_id"), rs.getTimestamp("erased_at").toInstant()), effectKey)
        .stream().findFirst();
  }
}
