package jp.vaccinationoffice.caseserver.portal.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Residents' portal sessions, kept in the database so that every node of a cluster knows them. A
 * session ends on sign-out or after {@link #IDLE_TIMEOUT} without a request; a token is a random
 * 256-bit value of which only the hash is stored.
 */
@Component
public class ResidentSessions {

  public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(15);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final Clock clock;

  ResidentSessions(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Opens a session for the resident and answers the token for the cookie. */
  public String open(ResidentPrincipal resident) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update("INSERT INTO resident_session (token_hash, resident_id, municipality_code, created_at, last_seen_at)"
        + " VALUES (?, ?, ?, ?, ?)", hash(token), resident.residentId(), resident.municipalityCode(), now, now);
    return token;
  }

  /** The resident of a live session, its idle time renewed; empty for an unknown, ended or idle one. */
  public Optional<ResidentPrincipal> resume(String token) {
    if (token == null || token.length() != 43) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    List<ResidentPrincipal> live = jdbc.query(
        "SELECT resident_id, municipality_code FROM resident_session"
            + " WHERE token_hash = ? AND ended_at IS NULL AND last_seen_at > ?",
        (row, i) -> new ResidentPrincipal(row.getString(1), row.getString(2)),
        hash(token), Timestamp.from(now.minus(IDLE_TIMEOUT)));
    if (live.isEmpty()) {
      return Optional.empty();
    }
    jdbc.update("UPDATE resident_session SET last_seen_at = ? WHERE token_hash = ?", Timestamp.from(now), hash(token));
    return Optional.of(live.get(0));
  }

  /** Ends the session of the token, if there is one. */
  public void end(String token) {
    if (token != null) {
      jdbc.update("UPDATE resident_session SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL",
          Timestamp.from(clock.instant()), hash(token));
    }
  }

  private static String hash(String token) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
