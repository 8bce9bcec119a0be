package jp.vaccinationoffice.caseserver.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a creating request idempotent under the client's {@code Idempotency-Key}: the first request
 * with a key runs and its answer is stored with the key, in the transaction that stores what the
 * request created; a later request with the same key and the same body gets that answer again, one
 * with another body a 409. Keys are held per municipality and operation: a retry from another
 * counter of the same office is the same request, another municipality's key is another key.
 *
 * <p>The key row is written first and guarded by the primary key, so that of two simultaneous
 * requests with one key the database lets one through and holds the other until the first commits;
 * the other then finds the stored answer. Bodies are compared by a keyed hash (HMAC under the
 * municipality's index key) of their canonical form, so a body holding a My Number leaves no
 * guessable hash behind.
 */
@Component
public class IdempotentRequests {

  /** The header that carries the key, and the one that marks a replayed answer. */
  public static final String KEY_HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

  /** The answer, and whether it is the stored answer of an earlier request. */
  public record Outcome<T>(T answer, boolean replayed) {}

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final ObjectMapper json;
  private final Clock clock;
  private final UniqueClaims claims;

  IdempotentRequests(JdbcTemplate jdbc, PersonalDataCipher cipher, ObjectMapper json, Clock clock, UniqueClaims claims) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.json = json;
    this.clock = clock;
    this.claims = claims;
  }

  /** Refuses a key that is present but unusable (a 400 naming the header). */
  public static void checkKey(String key) {
    if (key != null && !KEY.matcher(key).matches()) {
      throw ApiException.badRequest(KEY_HEADER + " must be 8 to 100 letters, digits or . _ : - (e.g. a UUID)");
    }
  }

  /**
   * Runs {@code request} once for the key; must be called inside the transaction that stores what the
   * request creates. {@code validatedBody} is the request as validated and normalised: two bodies
   * that differ only in spacing, key order or Unicode normal form are the same request.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public <T> Outcome<T> once(Operation operation, String municipalityCode, String key, Object validatedBody,
      String requestedBy, Class<T> answerType, Supplier<T> request) {
    checkKey(key);
    String fingerprint = cipher.index(municipalityCode, operation.name() + "\n" + CanonicalJson.of(validatedBody));
    if (!claim(operation, municipalityCode, key, fingerprint, requestedBy)) {
      return new Outcome<>(storedAnswer(operation, municipalityCode, key, fingerprint, answerType), true);
    }
    T answer = request.get();
    jdbc.update("UPDATE idempotent_request SET answer = ? WHERE municipality_code = ? AND operation = ? AND idempotency_key = ?",
        write(answer), municipalityCode, operation.name(), key);
    return new Outcome<>(answer, false);
  }

  private boolean claim(Operation operation, String municipalityCode, String key, String fingerprint, String requestedBy) {
    return claims.claim(() -> jdbc.update("""
        INSERT INTO idempotent_request (municipality_code, operation, idempotency_key, request_hash, requested_by, requested_at)
        VALUES (?, ?, ?, ?, ?, ?)""",
        municipalityCode, operation.name(), key, fingerprint, requestedBy, Timestamp.from(clock.instant())));
  }

  private <T> T storedAnswer(Operation operation, String municipalityCode, String key, String fingerprint,
      Class<T> answerType) {
    List<String[]> rows = jdbc.query("""
        SELECT request_hash, answer FROM idempotent_request
        WHERE municipality_code = ? AND operation = ? AND idempotency_key = ?""",
        (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, municipalityCode, operation.name(), key);
    if (rows.isEmpty() || rows.get(0)[1] == null) {
      throw ApiException.conflict("a request with this " + KEY_HEADER + " is still being worked on: send it again shortly");
    }
    if (!rows.get(0)[0].equals(fingerprint)) {
      throw ApiException.conflict("this " + KEY_HEADER + " was used for a different request: use a new key for a new"
          + " request, the same key only to repeat one");
    }
    return read(rows.get(0)[1], answerType);
  }

  private String write(Object answer) {
    try {
      return json.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the answer cannot be stored as JSON", e);
    }
  }

  private <T> T read(String stored, Class<T> answerType) {
    try {
      return json.readValue(stored, answerType);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored answer does not read back", e);
    }
  }
}
