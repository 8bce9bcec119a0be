package jp.vaccinationoffice.caseserver.jpki;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fresh single-use challenges for My Number cards, kept in the database so that every node agrees:
 * a challenge is issued to one account for one purpose, expires after {@code jpki.challenge-ttl}
 * and is used once; a second use, an expired one, another account's or another purpose's is refused.
 * Challenges expired for a day are deleted when new ones are issued.
 */
@Component
public class ChallengeStore {

  private static final int CHALLENGE_BYTES = 32;
  private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);
  private static final Pattern CHALLENGE_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Duration ttl;
  private final SecureRandom random = new SecureRandom();

  public ChallengeStore(JdbcTemplate jdbc, Clock clock, JpkiProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.ttl = properties.getChallengeTtl();
  }

  public IssuedChallenge issue(ChallengePurpose purpose, String issuedTo) {
    byte[] bytes = new byte[CHALLENGE_BYTES];
    random.nextBytes(bytes);
    Instant now = clock.instant();
    IssuedChallenge challenge = new IssuedChallenge(UUID.randomUUID().toString(),
        Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), now.plus(ttl));
    jdbc.update("DELETE FROM jpki_challenge WHERE expires_at < ?", utc(now.minus(KEPT_AFTER_EXPIRY)));
    jdbc.update("INSERT INTO jpki_challenge (challenge_id, challenge, purpose, issued_to, issued_at, expires_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        challenge.challengeId(), challenge.challenge(), purpose.name(), issuedTo, utc(now), utc(challenge.expiresAt()));
    return challenge;
  }

  /**
   * Marks the challenge used and returns it, or refuses it: unknown, of another account or purpose,
   * expired, or used already (also when another node used it a moment ago).
   */
  public IssuedChallenge use(String challengeId, ChallengePurpose purpose, String presentedBy) {
    if (challengeId == null || !CHALLENGE_ID.matcher(challengeId).matches()) {
      throw new CardRefusedException(RefusalReason.CHALLENGE_UNKNOWN);
    }
    List<Stored> rows = jdbc.query(
        "SELECT challenge, purpose, issued_to, expires_at, used_at FROM jpki_challenge WHERE challenge_id = ?",
        (rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, OffsetDateTime.class) != null),
        challengeId);
    if (rows.isEmpty()) {
      throw new CardRefusedException(RefusalReason.CHALLENGE_UNKNOWN);
    }
    Stored stored = rows.get(0);
    if (!stored.purpose().equals(purpose.name()) || !stored.issuedTo().equals(presentedBy)) {
      throw new CardRefusedException(RefusalReason.CHALLENGE_OF_ANOTHER_CHANNEL);
    }
    if (stored.used()) {
      throw new CardRefusedException(RefusalReason.CHALLENGE_USED);
    }
    Instant now = clock.instant();
    if (!now.isBefore(stored.expiresAt())) {
      throw new CardRefusedException(RefusalReason.CHALLENGE_EXPIRED);
    }
    int marked = jdbc.update("UPDATE jpki_challenge SET used_at = ? WHERE challenge_id = ? AND used_at IS NULL",
        utc(now), challengeId);
    if (marked != 1) {
      throw new CardRefusedException(RefusalReason.CHALLENGE_USED);
    }
    return new IssuedChallenge(challengeId, stored.challenge(), stored.expiresAt());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private record Stored(String challenge, String purpose, String issuedTo, Instant expiresAt, boolean used) {}
}
