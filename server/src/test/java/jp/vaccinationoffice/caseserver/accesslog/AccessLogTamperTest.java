package jp.vaccinationoffice.caseserver.accesslog;

import static jp.vaccinationoffice.caseserver.support.CaseServerTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone with the database's own powers edits the log directly, as an operator could after
 * dropping the append-only trigger; {@code verify} names the row. Each test repairs what it broke.
 */
@CaseServerTest
class AccessLogTamperTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String RECREATE_TRIGGER = "CREATE TRIGGER access_log_append_only BEFORE UPDATE, DELETE ON access_log"
      + " CALL 'jp.vaccinationoffice.caseserver.accesslog.AppendOnlyTrigger'";

  @LocalServerPort int port;
  @Autowired AccessLog accessLog;
  @Autowired JdbcTemplate jdbc;
  Http http;

  @BeforeEach
  void fiveRows() {
    http = new Http(port);
    for (int i = 0; i < 5; i++) {
      accessLog.record(AccessLogApiTest.read("clerk", "352063", AccessLogApiTest.unique("case"), "task:" + i));
    }
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  @Test
  void anEditedRowIsTheFirstBrokenOne() throws Exception {
    long edited = lastId() - 2;
    String original = subjectOf(edited);
    asOperator("UPDATE access_log SET subject_id = 'someone-else' WHERE id = " + edited);

    JsonNode verification = verify();
    assertThat(verification.get("valid").asBoolean()).isFalse();
    assertThat(verification.get("firstBrokenRowId").asLong()).isEqualTo(edited);
    assertThat(verification.get("checkedRows").asLong()).isEqualTo(edited);
    assertThat(verification.get("problem").asText()).contains("row_hash");

    asOperator("UPDATE access_log SET subject_id = '" + original + "' WHERE id = " + edited);
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  @Test
  void anEditWithARecomputedRowHashBreaksTheLinkToTheNextRow() throws Exception {
    long edited = lastId() - 2;
    AccessLogRow row = row(edited);
    AccessLogRow forged = new AccessLogRow(row.id(), row.recordedAt(), "supervisor", row.municipalityCode(),
        row.action(), row.subjectType(), row.subjectId(), row.justification(), row.clientAddress(),
        row.previousHash(), null);
    asOperator("UPDATE access_log SET user_id = 'supervisor', row_hash = '" + ChainHash.of(forged)
        + "' WHERE id = " + edited);

    JsonNode verification = verify();
    assertThat(verification.get("valid").asBoolean()).isFalse();
    assertThat(verification.get("firstBrokenRowId").asLong()).isEqualTo(edited + 1);
    assertThat(verification.get("problem").asText()).contains("previous_hash");

    asOperator("UPDATE access_log SET user_id = '" + row.userId() + "', row_hash = '" + row.rowHash()
        + "' WHERE id = " + edited);
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  @Test
  void aDeletedRowIsReportedByItsId() throws Exception {
    long deleted = lastId() - 1;
    AccessLogRow row = row(deleted);
    asOperator("DELETE FROM access_log WHERE id = " + deleted);

    JsonNode verification = verify();
    assertThat(verification.get("valid").asBoolean()).isFalse();
    assertThat(verification.get("firstBrokenRowId").asLong()).isEqualTo(deleted);
    assertThat(verification.get("problem").asText()).contains("missing");

    insert(row);
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  @Test
  void theLastRowCannotBeDeletedEvenWithoutTheTrigger() throws Exception {
    long last = lastId();
    try (Connection connection = operator(); Statement statement = connection.createStatement()) {
      statement.execute("DROP TRIGGER access_log_append_only");
      try {
        statement.executeUpdate("DELETE FROM access_log WHERE id = " + last);
        throw new AssertionError("the chain head's foreign key let the last row go");
      } catch (SQLException expected) {
        assertThat(expected.getMessage()).containsIgnoringCase("access_log_head");
      } finally {
        statement.execute(RECREATE_TRIGGER);
      }
    }
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  @Test
  void aRowSlippedInBeyondTheHeadIsFound() throws Exception {
    AccessLogRow last = row(lastId());
    AccessLogRow unsealed = new AccessLogRow(last.id() + 1, last.recordedAt().plusSeconds(1), "clerk", "352063",
        "READ", "CASE", "case-invented", null, null, last.rowHash(), null);
    AccessLogRow slipped = new AccessLogRow(unsealed.id(), unsealed.recordedAt(), unsealed.userId(),
        unsealed.municipalityCode(), unsealed.action(), unsealed.subjectType(), unsealed.subjectId(), null, null,
        unsealed.previousHash(), ChainHash.of(unsealed));
    insert(slipped);

    JsonNode verification = verify();
    assertThat(verification.get("valid").asBoolean()).isFalse();
    assertThat(verification.get("firstBrokenRowId").asLong()).isEqualTo(slipped.id());
    assertThat(verification.get("problem").asText()).contains("beyond the chain head");

    asOperator("DELETE FROM access_log WHERE id = " + slipped.id());
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  private void asOperator(String sql) throws SQLException {
    try (Connection connection = operator(); Statement statement = connection.createStatement()) {
      statement.execute("DROP TRIGGER access_log_append_only");
      try {
        statement.executeUpdate(sql);
      } finally {
        statement.execute(RECREATE_TRIGGER);
      }
    }
  }

  private void insert(AccessLogRow row) throws SQLException {
    try (Connection connection = operator();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO access_log (" + AccessLogTable.COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, row.id());
      insert.setObject(2, row.recordedAt().atOffset(ZoneOffset.UTC));
      insert.setString(3, row.userId());
      insert.setString(4, row.municipalityCode());
      insert.setString(5, row.action());
      insert.setString(6, row.subjectType());
      insert.setString(7, row.subjectId());
      insert.setString(8, row.justification());
      insert.setString(9, row.clientAddress());
      insert.setString(10, row.previousHash());
      insert.setString(11, row.rowHash());
      insert.executeUpdate();
    }
  }

  private Connection operator() throws SQLException {
    return DriverManager.getConnection(databaseUrl(), "sa", "");
  }


  /** The server's own in-memory database, reached from outside the server's connection pool. */
  private String databaseUrl() {
    return jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getURL());
  }
  private long lastId() {
    return jdbc.queryForObject("SELECT last_id FROM access_log_head", Long.class);
  }

  private AccessLogRow row(long id) {
    return jdbc.queryForObject("SELECT " + AccessLogTable.COLUMNS + " FROM access_log WHERE id = ?",
        AccessLogTable.ROW, id);
  }

  private String subjectOf(long id) {
    return row(id).subjectId();
  }

  private JsonNode verify() {
    HttpResponse<String> response = http.get("/api/access-log/verify", "auditor", DEMO_PASSWORD);
    assertThat(response.statusCode()).isEqualTo(200);
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(response.body(), e);
    }
  }
}
