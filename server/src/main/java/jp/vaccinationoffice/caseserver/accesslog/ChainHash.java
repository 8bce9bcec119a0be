package jp.vaccinationoffice.caseserver.accesslog;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash that links a row to the one before it: SHA-256 over a canonical encoding of every field
 * of the row (its row hash excepted) and the previous row's hash. Each field is written as its
 * length and its UTF-8 bytes (length -1 for null), so no two different rows encode alike.
 */
final class ChainHash {

  /** What the first row's previous hash is. */
  static final String GENESIS = "0".repeat(64);

  private static final String FORMAT = "access-log/v1";

  private ChainHash() {}

  static String of(AccessLogRow row) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(out, FORMAT);
      write(out, Long.toString(row.id()));
      write(out, DateTimeFormatter.ISO_INSTANT.format(row.recordedAt()));
      write(out, row.userId());
      write(out, row.municipalityCode());
      write(out, row.action());
      write(out, row.subjectType());
      write(out, row.subjectId());
      write(out, row.justification());
      write(out, row.clientAddress());
      write(out, row.previousHash());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(sha256().digest(bytes.toByteArray()));
  }

  private static void write(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
