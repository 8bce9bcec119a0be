package jp.vaccinationoffice.caseserver.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import jp.vaccinationoffice.common.MyNumber;

/**
 * Looks for My Numbers in clear where personal data rests: every column of every table of a
 * database, read through JDBC (H2 and PostgreSQL; the engine's ACT_* tables included, system
 * catalogues not), and the raw bytes of database files such as H2's {@code *.mv.db}.
 *
 * <p>A finding is a run of exactly twelve digits (ASCII or full-width) that passes the My Number
 * check digit and stands alone: no ASCII letter or digit directly before or after it. Digits inside
 * hex hashes, base64 tokens and identifiers therefore do not count, and neither does the last group
 * of a UUID. Bytes are read as ISO-8859-1 and once more without NUL bytes, which catches UTF-16 too.
 * Findings carry the masked number only, so that a failing test never prints a My Number.
 */
public final class RawDatabaseScan {

  private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "pg_toast");
  private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "PARTITIONED TABLE", "MATERIALIZED VIEW");
  private static final Pattern UUID_HEAD = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-$");
  private static final int MY_NUMBER_DIGITS = 12;

  private RawDatabaseScan() {}

  /** Where a My Number in clear was found: table and column, or file and byte offset. */
  public record Finding(String table, String column, String maskedMyNumber) {
    @Override
    public String toString() {
      return table + "." + column + ": " + maskedMyNumber;
    }
  }

  /** The tables read and what was found in them. */
  public record Report(List<String> tables, List<Finding> findings) {}

  public static List<Finding> findMyNumbers(DataSource dataSource) {
    return scan(dataSource).findings();
  }

  /** Every row of every table outside the system schemas, every column read as text or bytes. */
  public static Report scan(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false); // PostgreSQL streams rows with a fetch size only inside a transaction
      try {
        List<String> tables = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (QualifiedTable table : tables(connection)) {
          tables.add(table.name());
          scanTable(connection, table, findings);
        }
        return new Report(List.copyOf(tables), List.copyOf(findings));
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot scan the database", e);
    }
  }

  /** The raw bytes of every file in a folder (e.g. an H2 database's {@code .mv.db} and trace files). */
  public static List<Finding> findMyNumbersInFiles(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      List<Finding> findings = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        for (String masked : myNumbersIn(Files.readAllBytes(file))) {
          findings.add(new Finding(folder.relativize(file).toString(), "bytes", masked));
        }
      }
      return findings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The masked My Numbers standing alone in a text. */
  public static List<String> myNumbersIn(CharSequence text) {
    List<String> found = new ArrayList<>();
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (Character.digit(text.charAt(i), 10) < 0) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder digits = new StringBuilder();
      while (i < length && Character.digit(text.charAt(i), 10) >= 0) {
        digits.append((char) ('0' + Character.digit(text.charAt(i), 10)));
        i++;
      }
      if (digits.length() == MY_NUMBER_DIGITS
          && standsAlone(text, start, i)
          && !UUID_HEAD.matcher(text.subSequence(Math.max(0, start - 24), start)).find()
          && MyNumber.isValid(digits.toString())) {
        found.add(MyNumber.parse(digits.toString()).masked());
      }
    }
    return found;
  }

  public static List<String> myNumbersIn(byte[] bytes) {
    List<String> found = new ArrayList<>(myNumbersIn(new String(bytes, StandardCharsets.ISO_8859_1)));
    byte[] withoutNul = new byte[bytes.length];
    int n = 0;
    for (byte b : bytes) {
      if (b != 0) {
        withoutNul[n++] = b;
      }
    }
    if (n < bytes.length) {
      for (String masked : myNumbersIn(new String(withoutNul, 0, n, StandardCharsets.ISO_8859_1))) {
        if (!found.contains(masked)) {
          found.add(masked);
        }
      }
    }
    String utf8 = new String(bytes, StandardCharsets.UTF_8);
    for (String masked : myNumbersIn(utf8)) { // full-width digits
      if (!found.contains(masked)) {
        found.add(masked);
      }
    }
    return found;
  }

  private static boolean standsAlone(CharSequence text, int start, int end) {
    return (start == 0 || !isAsciiLetterOrDigit(text.charAt(start - 1)))
        && (end == text.length() || !isAsciiLetterOrDigit(text.charAt(end)));
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private record QualifiedTable(String schema, String table, String quote) {
    String name() {
      return schema == null ? table : schema + "." + table;
    }

    String sql() {
      return (schema == null ? "" : quote + schema + quote + ".") + quote + table + quote;
    }
  }

  private static List<QualifiedTable> tables(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String quote = metaData.getIdentifierQuoteString().strip();
    List<QualifiedTable> tables = new ArrayList<>();
    try (ResultSet rs = metaData.getTables(connection.getCatalog(), null, "%", null)) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        String type = rs.getString("TABLE_TYPE");
        if (type != null && TABLE_TYPES.contains(type.toUpperCase(Locale.ROOT))
            && (schema == null || !SYSTEM_SCHEMAS.contains(schema.toLowerCase(Locale.ROOT)))) {
          tables.add(new QualifiedTable(schema, rs.getString("TABLE_NAME"), quote));
        }
      }
    }
    return tables;
  }

  private static void scanTable(Connection connection, QualifiedTable table, List<Finding> findings)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setFetchSize(500);
      try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table.sql())) {
        ResultSetMetaData columns = rs.getMetaData();
        while (rs.next()) {
          for (int c = 1; c <= columns.getColumnCount(); c++) {
            for (String masked : valueFindings(rs, c, columns.getColumnType(c))) {
              findings.add(new Finding(table.name(), columns.getColumnName(c), masked));
            }
          }
        }
      }
    }
  }

  private static List<String> valueFindings(ResultSet rs, int column, int type) throws SQLException {
    switch (type) {
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
        byte[] bytes = rs.getBytes(column);
        return bytes == null ? List.of() : myNumbersIn(bytes);
      }
      default -> {
        String text = rs.getString(column);
        return text == null ? List.of() : myNumbersIn(text);
      }
    }
  }
}
