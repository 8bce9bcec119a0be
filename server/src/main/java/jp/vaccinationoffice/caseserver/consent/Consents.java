package jp.vaccinationoffice.caseserver.consent;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The consent records of the office. The end events of consent capture declare {@link #confirmed}
 * and {@link #notGiven};
 * the move-in query uses a consent through {@link #use}, atomically, so a withdrawal and a query can
 * never both win.
 */
@Component
public class Consents {

  public static final String SCOPE_QUERY_PREVIOUS_MUNICIPALITY = "QUERY_PREVIOUS_MUNICIPALITY_RECORDS";

  private final JdbcTemplate jdbc;
  private final CaseJournal journal;

  public Consents(JdbcTemplate jdbc, CaseJournal journal) {
    this.jdbc = jdbc;
    this.journal = journal;
  }

  public String record(String caseId, String municipalityCode, String channel, LocalDate signedOn,
      boolean formReceived, String clerk) {
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        INSERT INTO consent (id, case_id, municipality_code, scope, channel, signed_on, evidence, state,
                             recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, caseId, municipalityCode, SCOPE_QUERY_PREVIOUS_MUNICIPALITY, channel, signedOn,
        formReceived ? "SIGNED_FORM_HELD" : "SIGNED_FORM_PENDING", ConsentState.RECORDED.name(), clerk, journal.now());
    journal.step(caseId, "CONSENT_RECORDED", clerk, formReceived ? "signed form held" : "signed form pending");
    return id;
  }

  /** End of consent capture with the signed form seen. */
  public void confirmed(String caseId) {
    jdbc.update("UPDATE consent SET state = ?, evidence = 'SIGNED_FORM_HELD', confirmed_at = ? WHERE case_id = ? AND state = ?",
        ConsentState.CONFIRMED.name(), journal.now(), caseId, ConsentState.RECORDED.name());
    journal.step(caseId, "CONSENT_CONFIRMED", CaseJournal.SYSTEM, null);
  }

  /** End of consent capture without a valid signed form. */
  public void notGiven(String caseId) {
    jdbc.update("UPDATE consent SET state = ? WHERE case_id = ? AND state = ?",
        ConsentState.NOT_GIVEN.name(), caseId, ConsentState.RECORDED.name());
    journal.step(caseId, "CONSENT_NOT_GIVEN", CaseJournal.SYSTEM, null);
  }

  /** Spends the case's consent; true also when it was already spent for this case. */
  public boolean use(String caseId) {
    int updated = jdbc.update("UPDATE consent SET state = ?, used_at = ? WHERE case_id = ? AND state = ?",
        ConsentState.USED.name(), journal.now(), caseId, ConsentState.CONFIRMED.name());
    return updated == 1 || stateOfCase(caseId).filter(ConsentState.USED::equals).isPresent();
  }

  /**
   * Withdraws a consent. Returns the state it had before, so the caller knows whether the case must
   * be stopped (it was not used yet) or the withdrawal only blocks further use.
   */
  public Optional<ConsentState> withdraw(String consentId, String clerk) {
    Optional<ConsentRecord> consent = find(consentId);
    if (consent.isEmpty()) {
      return Optional.empty();
    }
    ConsentState before = consent.get().state();
    if (before == ConsentState.WITHDRAWN || before == ConsentState.NOT_GIVEN) {
      return Optional.of(before);
    }
    int updated = jdbc.update("UPDATE consent SET state = ?, withdrawn_at = ?, withdrawn_by = ? WHERE id = ? AND state = ?",
        ConsentState.WITHDRAWN.name(), journal.now(), clerk, consentId, before.name());
    if (updated != 1) {
      return withdraw(consentId, clerk);
    }
    journal.step(consent.get().caseId(), "CONSENT_WITHDRAWN", clerk, "state before: " + before);
    return Optional.of(before);
  }

  public Optional<ConsentRecord> find(String consentId) {
    return jdbc.query("SELECT * FROM consent WHERE id = ?", ConsentRecord.ROW_MAPPER, consentId).stream().findFirst();
  }

  public Optional<ConsentRecord> ofCase(String caseId) {
    return jdbc.query("SELECT * FROM consent WHERE case_id = ?", ConsentRecord.ROW_MAPPER, caseId).stream().findFirst();
  }

  private Optional<ConsentState> stateOfCase(String caseId) {
    return ofCase(caseId).map(ConsentRecord::state);
  }
}
