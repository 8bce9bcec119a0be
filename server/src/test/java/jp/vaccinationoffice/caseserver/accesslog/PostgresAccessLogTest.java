package jp.vaccinationoffice.caseserver.accesslog;

import static jp.vaccinationoffice.caseserver.support.CaseServerTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.ScratchPostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The access log on PostgreSQL: a server on a fresh database, and plain JDBC beside it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresAccessLogTest {

  static final ObjectMapper JSON = new ObjectMapper();

  ScratchPostgresDatabase database;
  ConfigurableApplicationContext server;
  AccessLog accessLog;
  JdbcTemplate jdbc;
  Http http;

  @BeforeAll
  void startServer() {
    database = ScratchPostgresDatabase.create("access_log_test");
    server = database.startServer();
    accessLog = server.getBean(AccessLog.class);
    jdbc = server.getBean(JdbcTemplate.class);
    http = new Http(server.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    for (int i = 0; i < 5; i++) {
      accessLog.record(AccessLogApiTest.read("clerk", "352063", AccessLogApiTest.unique("case"), "task:" + i));
    }
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void theAppendOnlyMigrationForPostgresIsApplied() {
    assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success", String.class))
        .contains("4", "4.1");
    assertThat(jdbc.queryForList("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal", String.class))
        .contains("access_log_append_only", "access_log_no_truncate", "access_log_head_kept",
            "access_log_head_no_truncate");
  }

  @Test
  void plainJdbcCannotChangeOrRemoveRowsEvenAsTheTableOwner() throws Exception {
    long rows = rowCount();
    try (Connection connection = operator(); Statement statement = connection.createStatement()) {
      for (String sql : List.of(
          "UPDATE access_log SET subject_id = 'someone-else' WHERE id = 1",
          "DELETE FROM access_log WHERE id = 1",
          "DELETE FROM access_log",
          "TRUNCATE access_log",
          "TRUNCATE access_log CASCADE",
          "TRUNCATE access_log, access_log_head",
          "DELETE FROM access_log_head",
          "TRUNCATE access_log_head")) {
        assertThatThrownBy(() -> statement.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class)
            .satisfies(refusal -> assertThat(refusal.getMessage())
                .containsAnyOf("append-only", "cannot truncate a table referenced in a foreign key"));
      }
    }
    assertThat(rowCount()).isEqualTo(rows);
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  @Test
  void anEditedRowIsFoundByVerify() throws Exception {
    long edited = lastId() - 1;
    String original = jdbc.queryForObject("SELECT subject_id FROM access_log WHERE id = ?", String.class, edited);
    asOperator("UPDATE access_log SET subject_id = 'someone-else' WHERE id = " + edited);

    JsonNode verification = verify();
    assertThat(verification.get("valid").asBoolean()).isFalse();
    assertThat(verification.get("firstBrokenRowId").asLong()).isEqualTo(edited);

    asOperator("UPDATE access_log SET subject_id = '" + original + "' WHERE id = " + edited);
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  @Test
  void concurrentAppendsFormOneChain() throws Exception {
    String user = AccessLogApiTest.unique("load").substring(0, 20);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      done.add(threads.submit(() -> {
        start.await();
        for (int i = 0; i < 50; i++) {
          accessLog.record(AccessLogApiTest.read(user, "352063", "case-" + i, null));
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> each : done) {
      each.get(2, TimeUnit.MINUTES);
    }
    threads.shutdown();

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE user_id = ?", Long.class, user))
        .isEqualTo(200);
    JsonNode verification = verify();
    assertThat(verification.get("valid").asBoolean()).isTrue();
    assertThat(verification.get("checkedRows").asLong()).isEqualTo(rowCount());
  }

  @Test
  void appendsFromTwoNodesFormOneChain() throws Exception {
    // a second node: its own connections to the same database, its own access log instance
    SimpleDriverDataSource otherNode = new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(),
        ScratchPostgresDatabase.USER, ScratchPostgresDatabase.PASSWORD);
    AccessLog otherNodesLog = new HashChainedAccessLog(new JdbcTemplate(otherNode),
        new DataSourceTransactionManager(otherNode), otherNode);
    String user = AccessLogApiTest.unique("nodes").substring(0, 20);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (AccessLog node : List.of(accessLog, otherNodesLog, accessLog, otherNodesLog)) {
      done.add(threads.submit(() -> {
        start.await();
        for (int i = 0; i < 40; i++) {
          node.record(AccessLogApiTest.read(user, "352063", "case-" + i, null));
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> each : done) {
      each.get(2, TimeUnit.MINUTES);
    }
    threads.shutdown();

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE user_id = ?", Long.class, user))
        .isEqualTo(160);
    JsonNode verification = verify();
    assertThat(verification.get("valid").asBoolean()).isTrue();
    assertThat(verification.get("checkedRows").asLong()).isEqualTo(rowCount());
  }

  @Test
  void theRowRollsBackWithTheCallersTransaction() {
    String subject = AccessLogApiTest.unique("case");
    TransactionTemplate transaction = new TransactionTemplate(server.getBean(PlatformTransactionManager.class));
    transaction.executeWithoutResult(status -> {
      accessLog.record(AccessLogApiTest.read("clerk", "352063", subject, null));
      status.setRollbackOnly();
    });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE subject_id = ?", Long.class, subject))
        .isZero();
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  @Test
  void aTransactionThatRecordedAnAccessDoesNotHoldUpOtherAccessesUntilItEnds() throws Exception {
    String held = AccessLogApiTest.unique("held");
    String other = AccessLogApiTest.unique("other");
    TransactionTemplate transaction = new TransactionTemplate(server.getBean(PlatformTransactionManager.class));
    CountDownLatch recorded = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> longTransaction = threads.submit(() -> transaction.executeWithoutResult(status -> {
        accessLog.record(AccessLogApiTest.read("clerk", "352063", held, null));
        recorded.countDown();
        awaitQuietly(finish);
      }));
      assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();

      // the first transaction is still open: this access is logged without waiting for it
      threads.submit(() -> accessLog.record(AccessLogApiTest.read("clerk", "352063", other, null)))
          .get(10, TimeUnit.SECONDS);
      assertThat(countOf(other)).isEqualTo(1);
      assertThat(countOf(held)).isZero();

      finish.countDown();
      longTransaction.get(30, TimeUnit.SECONDS);
    } finally {
      finish.countDown();
      threads.shutdown();
    }
    assertThat(countOf(held)).isEqualTo(1);
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  @Test
  void anInnerTransactionLogsWithItselfNotWithTheTransactionAroundIt() {
    String outer = AccessLogApiTest.unique("outer");
    String inner = AccessLogApiTest.unique("inner");
    PlatformTransactionManager manager = server.getBean(PlatformTransactionManager.class);
    TransactionTemplate requiresNew = new TransactionTemplate(manager);
    requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    new TransactionTemplate(manager).executeWithoutResult(status -> {
      accessLog.record(AccessLogApiTest.read("clerk", "352063", outer, null));
      requiresNew.executeWithoutResult(nested -> accessLog.record(AccessLogApiTest.read("clerk", "352063", inner, null)));
      assertThat(countOf(inner)).isEqualTo(1);
      status.setRollbackOnly();
    });
    assertThat(countOf(outer)).isZero();
    assertThat(countOf(inner)).isEqualTo(1);
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  private long countOf(String subject) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE subject_id = ?", Long.class, subject);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** An operator with the owner's rights switches the trigger off, as a repair would. */
  private void asOperator(String sql) throws SQLException {
    try (Connection connection = operator(); Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE access_log DISABLE TRIGGER access_log_append_only");
      try {
        statement.executeUpdate(sql);
      } finally {
        statement.execute("ALTER TABLE access_log ENABLE TRIGGER access_log_append_only");
      }
    }
  }

  private Connection operator() throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), ScratchPostgresDatabase.USER,
        ScratchPostgresDatabase.PASSWORD);
  }

  private long lastId() {
    return jdbc.queryForObject("SELECT last_id FROM access_log_head", Long.class);
  }

  private long rowCount() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM access_log", Long.class);
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
