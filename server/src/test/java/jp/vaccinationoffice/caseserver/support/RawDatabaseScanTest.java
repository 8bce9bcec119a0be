package jp.vaccinationoffice.caseserver.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import jp.vaccinationoffice.caseserver.support.RawDatabaseScan.Finding;
import jp.vaccinationoffice.caseserver.support.RawDatabaseScan.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The scanner finds a My Number in clear wherever it is put, and nothing in what only looks like one. */
class RawDatabaseScanTest {

  private static final String MY_NUMBER = "123456789018";
  private static final String MASKED = "********9018";

  @Test
  void findsStandAloneMyNumbersInText() {
    assertThat(RawDatabaseScan.myNumbersIn(MY_NUMBER)).containsExactly(MASKED);
    assertThat(RawDatabaseScan.myNumbersIn("{\"myNumber\":\"" + MY_NUMBER + "\"}")).containsExactly(MASKED);
    assertThat(RawDatabaseScan.myNumbersIn("個人番号" + MY_NUMBER + "です")).containsExactly(MASKED);
    assertThat(RawDatabaseScan.myNumbersIn("mn_" + MY_NUMBER + "-x")).containsExactly(MASKED);
    assertThat(RawDatabaseScan.myNumbersIn("１２３４５６７８９０１８")).as("full-width digits").containsExactly(MASKED);
  }

  @Test
  void ignoresWhatOnlyLooksLikeAMyNumber() {
    assertThat(RawDatabaseScan.myNumbersIn("123456789012")).as("wrong check digit").isEmpty();
    assertThat(RawDatabaseScan.myNumbersIn("1" + MY_NUMBER)).as("13 digits").isEmpty();
    assertThat(RawDatabaseScan.myNumbersIn("ab" + MY_NUMBER + "cdef0a")).as("inside a hex hash").isEmpty();
    assertThat(RawDatabaseScan.myNumbersIn("v1.1.Qx" + MY_NUMBER + "Zk")).as("inside base64").isEmpty();
    assertThat(RawDatabaseScan.myNumbersIn("0e8a3c2f-5b1d-4c7e-9a2b-" + MY_NUMBER)).as("UUID").isEmpty();
  }

  @Test
  void findsMyNumbersInBytesAsAsciiAndUtf16() {
    assertThat(RawDatabaseScan.myNumbersIn(("n:" + MY_NUMBER).getBytes(StandardCharsets.US_ASCII))).containsExactly(MASKED);
    assertThat(RawDatabaseScan.myNumbersIn(MY_NUMBER.getBytes(StandardCharsets.UTF_16LE))).containsExactly(MASKED);
    assertThat(RawDatabaseScan.myNumbersIn(new byte[] {0, 12, 1, 2, 3})).isEmpty();
  }

  @Test
  void readsEveryColumnTypeOfAnH2FileDatabaseAndItsRawFile(@TempDir Path folder) throws SQLException {
    String url = "jdbc:h2:file:" + folder.resolve("scan") + ";DB_CLOSE_ON_EXIT=FALSE";
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE SCHEMA other");
        statement.execute("CREATE TABLE clean (id INT PRIMARY KEY, note VARCHAR(100))");
        statement.execute("INSERT INTO clean VALUES (1, 'nothing here: 12345678901, 2026-11-25')");
        statement.execute("CREATE TABLE other.leaky (id INT PRIMARY KEY, txt VARCHAR(100), big CLOB, bin VARBINARY(100),"
            + " lob BLOB)");
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO other.leaky VALUES (?, ?, ?, ?, ?)")) {
        insert.setInt(1, 1);
        insert.setString(2, "番号 " + MY_NUMBER);
        insert.setString(3, "x".repeat(10_000) + " " + MY_NUMBER);
        insert.setBytes(4, MY_NUMBER.getBytes(StandardCharsets.UTF_16BE));
        insert.setBytes(5, ("{\"n\":" + MY_NUMBER + "}").getBytes(StandardCharsets.UTF_8));
        insert.execute();
      }
      Report report = RawDatabaseScan.scan(new SingleConnectionDataSource(connection, true));
      assertThat(report.tables()).contains("PUBLIC.CLEAN", "OTHER.LEAKY").noneMatch(t -> t.startsWith("INFORMATION_SCHEMA"));
      assertThat(report.findings()).containsExactlyInAnyOrder(
          new Finding("OTHER.LEAKY", "TXT", MASKED), new Finding("OTHER.LEAKY", "BIG", MASKED),
          new Finding("OTHER.LEAKY", "BIN", MASKED), new Finding("OTHER.LEAKY", "LOB", MASKED));
    }
    assertThat(RawDatabaseScan.findMyNumbersInFiles(folder)).isNotEmpty()
        .allMatch(finding -> finding.table().equals("scan.mv.db") && finding.maskedMyNumber().equals(MASKED));
  }

  @Test
  void readsEveryColumnTypeOfAPostgresDatabase() throws SQLException {
    try (ScratchPostgresDatabase database = ScratchPostgresDatabase.create("raw_scan_test")) {
      DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(),
          ScratchPostgresDatabase.USER, ScratchPostgresDatabase.PASSWORD);
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE clean (id INT PRIMARY KEY, note TEXT)");
        statement.execute("INSERT INTO clean VALUES (1, 'v1.1.abc 0e8a3c2f-5b1d-4c7e-9a2b-" + MY_NUMBER + "')");
        statement.execute("CREATE SCHEMA other");
        statement.execute("CREATE TABLE other.leaky (id INT PRIMARY KEY, txt TEXT, bin BYTEA, js JSONB, arr TEXT[])");
        statement.execute("INSERT INTO other.leaky VALUES (1, 'x " + MY_NUMBER + "', convert_to('" + MY_NUMBER
            + "', 'UTF8'), '{\"n\": \"" + MY_NUMBER + "\"}', ARRAY['" + MY_NUMBER + "'])");
      }
      Report report = RawDatabaseScan.scan(dataSource);
      assertThat(report.tables()).contains("public.clean", "other.leaky").noneMatch(t -> t.startsWith("pg_catalog"));
      assertThat(report.findings()).containsExactlyInAnyOrder(
          new Finding("other.leaky", "txt", MASKED), new Finding("other.leaky", "bin", MASKED),
          new Finding("other.leaky", "js", MASKED), new Finding("other.leaky", "arr", MASKED));
    }
  }
}
