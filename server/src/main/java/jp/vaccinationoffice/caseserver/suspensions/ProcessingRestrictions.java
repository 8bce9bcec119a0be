package jp.vaccinationoffice.caseserver.suspensions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.modeleffects.Actors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures of granted suspension requests, per municipality and person. A person is named by
 * the keyed-hash index of their My Number ({@code PersonalDataCipher.index(municipalityCode,
 * myNumber)}), as the ledger, the cases and the inquiries find them:
 * <ul>
 *   <li>{@link Measure#STOP_PROVISION}: records provision supplies {@code provisionStopped} to the
 *       decision {@code provision-permitted}, which then refuses the inquiry;</li>
 *   <li>{@link Measure#STOP_USE}: the move-in intake refuses the person, and the certificate process
 *       asks {@link #isRestricted} before it issues;</li>
 *   <li>{@link Measure#ERASE}: the person's ledger records are erased with a deletion record (see
 *       {@link LedgerErasure} for what is erased and what the law keeps).</li>
 * </ul>
 * Each application happens once per effect key (the same key again answers the first application);
 * a measure already in force through another request changes nothing more. Joins the caller's
 * transaction.
 */
@Service
public class ProcessingRestrictions {

  static final String SUBJECT = "PROCESSING_RESTRICTION";

  private final JdbcTemplate jdbc;
  private final LedgerErasure erasure;
  private final AccessLog accessLog;
  private final Clock clock;

  ProcessingRestrictions(JdbcTemplate jdbc, LedgerErasure erasure, AccessLog accessLog, Clock clock) {
    this.jdbc = jdbc;
    this.erasure = erasure;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  @Transactional
  public Restriction apply(String municipalityCode, String personIndex, Measure measure, String requestId, String effectKey) {
    require(personIndex, "personIndex", 64);
    require(requestId, "requestId", 64);
    require(effectKey, "effectKey", 200);
    if (measure == null) {
      throw new IllegalArgumentException("a measure is required");
    }
    Optional<Restriction> earlier = find("effect_key = ?", effectKey);
    if (earlier.isPresent()) {
      Restriction first = earlier.get();
      return new Restriction(first.id(), first.measure(), first.requestId(), first.appliedAt(), true, false,
          erasure.byEffectKey(effectKey).orElse(null));
    }
    Optional<Restriction> inForce = find("municipality_code = ? AND person_index = ? AND measure = ?", municipalityCode,
        personIndex, measure.name());
    if (inForce.isPresent()) {
      Restriction first = inForce.get();
      return new Restriction(first.id(), first.measure(), first.requestId(), first.appliedAt(), false, true, null);
    }
    jdbc.update("""
        INSERT INTO processing_restriction (municipality_code, person_index, measure, request_id, effect_key, applied_at)
        VALUES (?, ?, ?, ?, ?, ?)""",
        municipalityCode, personIndex, measure.name(), requestId, effectKey, Timestamp.from(clock.instant()));
    Restriction applied = find("effect_key = ?", effectKey).orElseThrow();
    accessLog.record(new AccessEntry(Actors.SYSTEM, municipalityCode, AccessAction.UPDATE, SUBJECT,
        String.valueOf(applied.id()), "request:" + requestId, null));
    Restriction.Erasure erased = measure == Measure.ERASE
        ? erasure.erase(municipalityCode, personIndex, requestId, effectKey) : null;
    return new Restriction(applied.id(), measure, requestId, applied.appliedAt(), false, false, erased);
  }

  /** Whether {@code measure} is in force for the person in the municipality. */
  public boolean isRestricted(String municipalityCode, String personIndex, Measure measure) {
    Integer found = jdbc.queryForObject(
        "SELECT COUNT(*) FROM processing_restriction WHERE municipality_code = ? AND person_index = ? AND measure = ?",
        Integer.class, municipalityCode, personIndex, measure.name());
    return found != null && found > 0;
  }

  /** The measures in force for the person, in the order they were applied. */
  public List<Restriction> inForce(String municipalityCode, String personIndex) {
    return jdbc.query("SELECT * FROM processing_restriction WHERE municipality_code = ? AND person_index = ? ORDER BY id",
        ProcessingRestrictions::restriction, municipalityCode, personIndex);
  }

  private Optional<Restriction> find(String where, Object... arguments) {
    return jdbc.query("SELECT * FROM processing_restriction WHERE " + where, ProcessingRestrictions::restriction, arguments)
        .stream().findFirst();
  }

  private static Restriction restriction(ResultSet rs, int row) throws SQLException {
    return new Restriction(rs.getLong("id"), Measure.valueOf(rs.getString("measure")), rs.getString("request_id"),
        rs.getTimestamp("applied_at").toInstant(), false, false, null);
  }

  private static void require(String value, String name, int maxLength) {
    if (value == null || value.isBlank() || value.length() > maxLength) {
      throw new IllegalArgumentException(name + " of 1 to " + maxLength + " characters is required");
    }
  }
}
