package jp.vaccinationoffice.caseserver.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ChainHashTest {

  static final AccessLogRow ROW = new AccessLogRow(7, Instant.parse("2025-04-01T00:00:00.123456Z"), "clerk",
      "352063", "READ", "CASE", "case-1", "task:42", "127.0.0.1", "a".repeat(64), null);

  @Test
  void isTheSha256OfTheLengthPrefixedFieldsInHex() throws Exception {
    assertThat(ChainHash.of(ROW)).hasSize(64).isEqualTo(independentlyComputed(ROW));
  }

  @Test
  void ignoresTheStoredRowHashAndIsStable() {
    AccessLogRow sealed = new AccessLogRow(ROW.id(), ROW.recordedAt(), ROW.userId(), ROW.municipalityCode(),
        ROW.action(), ROW.subjectType(), ROW.subjectId(), ROW.justification(), ROW.clientAddress(),
        ROW.previousHash(), "f".repeat(64));
    assertThat(ChainHash.of(sealed)).isEqualTo(ChainHash.of(ROW));
  }

  @Test
  void changesWhenAnyFieldChanges() {
    List<UnaryOperator<AccessLogRow>> edits = List.of(
        row -> with(row, 8, row.recordedAt(), row.userId(), row.subjectId(), row.justification(), row.previousHash()),
        row -> with(row, row.id(), row.recordedAt().plusNanos(1000), row.userId(), row.subjectId(),
            row.justification(), row.previousHash()),
        row -> with(row, row.id(), row.recordedAt(), "clerk2", row.subjectId(), row.justification(), row.previousHash()),
        row -> with(row, row.id(), row.recordedAt(), row.userId(), "case-2", row.justification(), row.previousHash()),
        row -> with(row, row.id(), row.recordedAt(), row.userId(), row.subjectId(), null, row.previousHash()),
        row -> with(row, row.id(), row.recordedAt(), row.userId(), row.subjectId(), row.justification(),
            "b".repeat(64)));
    for (UnaryOperator<AccessLogRow> edit : edits) {
      assertThat(ChainHash.of(edit.apply(ROW))).isNotEqualTo(ChainHash.of(ROW));
    }
  }

  @Test
  void tellsNullFromEmptyAndFieldsFromTheirNeighbours() {
    AccessLogRow empty = with(ROW, ROW.id(), ROW.recordedAt(), ROW.userId(), ROW.subjectId(), "", ROW.previousHash());
    AccessLogRow none = with(ROW, ROW.id(), ROW.recordedAt(), ROW.userId(), ROW.subjectId(), null, ROW.previousHash());
    assertThat(ChainHash.of(empty)).isNotEqualTo(ChainHash.of(none));

    AccessLogRow shifted = with(ROW, ROW.id(), ROW.recordedAt(), ROW.userId(), "case-1task", ":42", ROW.previousHash());
    AccessLogRow original = with(ROW, ROW.id(), ROW.recordedAt(), ROW.userId(), "case-1", "task:42", ROW.previousHash());
    assertThat(ChainHash.of(shifted)).isNotEqualTo(ChainHash.of(original));
  }

  private static AccessLogRow with(AccessLogRow row, long id, Instant recordedAt, String userId, String subjectId,
      String justification, String previousHash) {
    return new AccessLogRow(id, recordedAt, userId, row.municipalityCode(), row.action(), row.subjectType(),
        subjectId, justification, row.clientAddress(), previousHash, row.rowHash());
  }

  private static String independentlyComputed(AccessLogRow row) throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    for (String field : new String[] {"access-log/v1", "7", "2025-04-01T00:00:00.123456Z", "clerk", "352063",
        "READ", "CASE", "case-1", "task:42", "127.0.0.1", row.previousHash()}) {
      byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
      sha256.update(new byte[] {(byte) (utf8.length >>> 24), (byte) (utf8.length >>> 16),
          (byte) (utf8.length >>> 8), (byte) utf8.length});
      sha256.update(utf8);
    }
    return HexFormat.of().formatHex(sha256.digest());
  }
}
