package jp.vaccinationoffice.caseserver.accesslog;

import static jp.vaccinationoffice.caseserver.support.CaseServerTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.vaccinationoffice.caseserver.security.StaffGroups;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@CaseServerTest
class AccessLogApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @LocalServerPort int port;
  @Autowired AccessLog accessLog;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired IdentityService identityService;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void appendsRowsThatChainFromTheGenesisValue() {
    String subject = unique("case");
    accessLog.record(read("clerk", "352063", subject, "task:1"));
    accessLog.record(new AccessEntry("clerk", "352063", AccessAction.UPDATE, "CASE", subject, null, "192.0.2.10"));
    accessLog.record(read("supervisor", "352063", subject, "case:" + subject));

    List<AccessLogRow> all = jdbc.query("SELECT " + AccessLogTable.COLUMNS + " FROM access_log ORDER BY id",
        AccessLogTable.ROW);
    assertThat(all.get(0).id()).isEqualTo(1);
    assertThat(all.get(0).previousHash()).isEqualTo("0".repeat(64));
    for (int i = 0; i < all.size(); i++) {
      AccessLogRow row = all.get(i);
      assertThat(row.id()).isEqualTo(i + 1);
      assertThat(row.rowHash()).isEqualTo(ChainHash.of(row));
      if (i > 0) {
        assertThat(row.previousHash()).isEqualTo(all.get(i - 1).rowHash());
      }
    }
    List<AccessLogRow> mine = all.stream().filter(row -> subject.equals(row.subjectId())).toList();
    assertThat(mine).extracting(AccessLogRow::userId, AccessLogRow::action, AccessLogRow::justification,
            AccessLogRow::clientAddress)
        .containsExactly(
            tuple("clerk", "READ", "task:1", "192.0.2.10"),
            tuple("clerk", "UPDATE", null, "192.0.2.10"),
            tuple("supervisor", "READ", "case:" + subject, "192.0.2.10"));
    assertThat(mine).allSatisfy(row -> {
      assertThat(row.municipalityCode()).isEqualTo("352063");
      assertThat(row.recordedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
    });
    assertThat(jdbc.queryForObject("SELECT last_id FROM access_log_head", Long.class))
        .isEqualTo(all.get(all.size() - 1).id());
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  @Test
  void refusesIncompleteEntriesAndWritesNothing() {
    long before = rowCount();
    assertThatThrownBy(() -> accessLog.record(read(null, "352063", "c", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userId");
    assertThatThrownBy(() -> accessLog.record(read("clerk", null, "c", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("municipalityCode");
    assertThatThrownBy(() -> accessLog.record(new AccessEntry("clerk", "352063", null, "CASE", "c", null, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action");
    assertThatThrownBy(() -> accessLog.record(read("clerk", "352063", "c", "x".repeat(256))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("justification");
    assertThat(rowCount()).isEqualTo(before);
  }

  @Test
  void theRowCommitsAndRollsBackWithTheCallersTransaction() {
    String subject = unique("case");
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    transaction.executeWithoutResult(status -> {
      accessLog.record(read("clerk", "352063", subject, "rolled back"));
      status.setRollbackOnly();
    });
    assertThat(rowsAbout(subject)).isZero();

    transaction.executeWithoutResult(status -> accessLog.record(read("clerk", "352063", subject, "committed")));
    assertThat(rowsAbout(subject)).isOne();
    assertThat(verify().get("valid").asBoolean()).isTrue();

    TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
    readOnly.setReadOnly(true);
    assertThatThrownBy(() -> readOnly.executeWithoutResult(
            status -> accessLog.record(read("clerk", "352063", subject, "read-only"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
    assertThat(rowsAbout(subject)).isOne();
  }

  @Test
  void concurrentAppendsFormOneChain() throws Exception {
    String user = unique("load");
    ExecutorService threads = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      done.add(threads.submit(() -> {
        start.await();
        for (int i = 0; i < 50; i++) {
          accessLog.record(read(user, "352063", "case-" + thread + "-" + i, null));
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
    assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT previous_hash) FROM access_log", Long.class))
        .isEqualTo(rowCount());
    JsonNode verification = verify();
    assertThat(verification.get("valid").asBoolean()).isTrue();
    assertThat(verification.get("checkedRows").asLong()).isEqualTo(rowCount());
    assertThat(verification.has("firstBrokenRowId")).isTrue();
    assertThat(verification.get("firstBrokenRowId").isNull()).isTrue();
  }

  @Test
  void theAuditorListsTheirMunicipalitysRowsNewestFirstWithFilters() throws Exception {
    String subject = unique("case");
    String otherSubject = unique("case");
    for (int i = 0; i < 5; i++) {
      accessLog.record(read(i % 2 == 0 ? "clerk" : "supervisor", "352063", subject, "task:" + i));
    }
    accessLog.record(read("clerk", "352063", otherSubject, null));

    JsonNode all = listAsAuditor("?subjectId=" + subject);
    assertThat(all.get("total").asLong()).isEqualTo(5);
    List<Long> ids = ids(all);
    assertThat(ids).hasSize(5).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(all.get("items").get(0).get("justification").asText()).isEqualTo("task:4");
    assertThat(all.get("items").get(0).get("rowHash").asText()).hasSize(64);

    assertThat(listAsAuditor("?subjectId=" + subject + "&userId=supervisor").get("total").asLong()).isEqualTo(2);
    assertThat(listAsAuditor("?userId=clerk&subjectId=" + otherSubject).get("total").asLong()).isEqualTo(1);
    assertThat(listAsAuditor("?subjectId=" + subject + "&action=UPDATE").get("total").asLong()).isZero();

    JsonNode firstPage = listAsAuditor("?subjectId=" + subject + "&size=2");
    JsonNode lastPage = listAsAuditor("?subjectId=" + subject + "&size=2&page=2");
    assertThat(ids(firstPage)).isEqualTo(ids.subList(0, 2));
    assertThat(ids(lastPage)).isEqualTo(ids.subList(4, 5));
    assertThat(lastPage.get("total").asLong()).isEqualTo(5);

    LocalDate today = LocalDate.now(TOKYO);
    assertThat(listAsAuditor("?subjectId=" + subject + "&from=" + today + "&to=" + today).get("total").asLong())
        .isEqualTo(5);
    assertThat(listAsAuditor("?subjectId=" + subject + "&to=" + today.minusDays(1)).get("total").asLong()).isZero();
    assertThat(listAsAuditor("?subjectId=" + subject + "&from=" + today.plusDays(1)).get("total").asLong()).isZero();
    String anHourAgo = Instant.now().minus(1, ChronoUnit.HOURS).toString();
    String inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).toString();
    assertThat(listAsAuditor("?subjectId=" + subject + "&from=" + anHourAgo + "&to=" + inAnHour)
        .get("total").asLong()).isEqualTo(5);
    assertThat(listAsAuditor("?subjectId=" + subject + "&to=" + anHourAgo).get("total").asLong()).isZero();
    assertThat(listAsAuditor("?subjectId=" + subject + "&from=" + inAnHour.replace("Z", "%2B00:00"))
        .get("total").asLong()).isZero();
  }

  @Test
  void anAuditorSeesNoOtherMunicipalitysRows() throws Exception {
    String subject = unique("case");
    accessLog.record(read("clerk2", "352021", subject, null));
    accessLog.record(read("clerk2", "352021", subject, null));

    assertThat(listAsAuditor("?subjectId=" + subject).get("total").asLong()).isZero();
    assertThat(listAsAuditor("?userId=clerk2").get("total").asLong()).isZero();
    JsonNode everything = listAsAuditor("?size=200");
    for (JsonNode row : everything.get("items")) {
      assertThat(row.get("municipalityCode").asText()).isEqualTo("352063");
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE subject_id = ?", Long.class, subject))
        .isEqualTo(2);
  }

  @Test
  void onlyAuditorsReadTheLogAndOnlySupervisorsAndAuditorsTheReport() {
    for (String path : List.of("/api/access-log", "/api/access-log/verify", "/api/access-log/unjustified-reads")) {
      assertThat(http.get(path).statusCode()).as(path + " without credentials").isEqualTo(401);
      // one unknown id per path: a failed sign-in pauses that id (known or not) for a few seconds
      String unknown = "nobody-" + path.length();
      assertThat(http.get(path, unknown, DEMO_PASSWORD).statusCode()).as(path + " unknown user").isEqualTo(401);
      assertThat(http.get(path, "auditor", DEMO_PASSWORD).statusCode()).as(path + " auditor").isEqualTo(200);
      for (String user : List.of("clerk", "clerk2", "admin")) {
        HttpResponse<String> refused = http.get(path, user, DEMO_PASSWORD);
        assertThat(refused.statusCode()).as(path + " " + user).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
            type -> assertThat(type).startsWith("application/problem+json"));
      }
    }
    assertThat(http.get("/api/access-log", "supervisor", DEMO_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(http.get("/api/access-log/verify", "supervisor", DEMO_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(http.get("/api/access-log/unjustified-reads", "supervisor", DEMO_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void anAuditorOfNoSingleMunicipalityHasNoLogToSee() {
    String userId = "auditorofnowhere";
    User auditor = identityService.newUser(userId);
    auditor.setPassword(DEMO_PASSWORD);
    identityService.saveUser(auditor);
    identityService.createMembership(userId, StaffGroups.AUDITORS);

    HttpResponse<String> response = http.get("/api/access-log", userId, DEMO_PASSWORD);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("no single municipality");
  }

  @Test
  void responsesAreNeverStored() {
    for (String path : List.of("/api/access-log", "/api/access-log/verify", "/api/access-log/unjustified-reads")) {
      HttpResponse<String> response = http.get(path, "auditor", DEMO_PASSWORD);
      assertThat(response.headers().allValues("Cache-Control")).as(path)
          .anySatisfy(value -> assertThat(value).contains("no-store"));
    }
  }

  @Test
  void badQueriesGetAProblemAnswer() throws Exception {
    for (String query : List.of("?size=201", "?size=0", "?page=-1", "?page=first", "?from=yesterday",
        "?to=2025-13-01", "?action=PEEK", "?from=2025-04-02&to=2025-04-01")) {
      HttpResponse<String> response = http.get("/api/access-log" + query, "auditor", DEMO_PASSWORD);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).as(query)
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.get("status").asInt()).isEqualTo(400);
      assertThat(problem.get("detail").asText()).isNotBlank();
    }
    assertThat(http.get("/api/access-log/unjustified-reads?from=soon", "supervisor", DEMO_PASSWORD).statusCode())
        .isEqualTo(400);
  }

  @Test
  void plainJdbcCannotChangeOrRemoveRows() throws Exception {
    accessLog.record(read("clerk", "352063", unique("case"), null));
    long rows = rowCount();
    try (Connection connection = DriverManager.getConnection(databaseUrl(), "sa", "");
        Statement statement = connection.createStatement()) {
      for (String sql : List.of(
          "UPDATE access_log SET subject_id = 'someone-else' WHERE id = 1",
          "UPDATE access_log SET subject_id = 'nobody' WHERE id = -1",
          "DELETE FROM access_log WHERE id = 1",
          "DELETE FROM access_log",
          "TRUNCATE TABLE access_log",
          "DELETE FROM access_log_head")) {
        assertThatThrownBy(() -> statement.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class)
            .satisfies(refusal -> assertThat(refusal.getMessage()).containsAnyOf("append-only", "Cannot truncate"));
      }
    }
    assertThat(rowCount()).isEqualTo(rows);
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  @Test
  void accessContextFillsInTheSignedInStaffAndTheirAddress() throws Exception {
    String subject = unique("case");
    HttpResponse<String> response =
        http.get("/api/test-access/" + subject + "?justification=task:7", "clerk", DEMO_PASSWORD);
    assertThat(response.statusCode()).isEqualTo(200);

    AccessLogRow row = jdbc.queryForObject("SELECT " + AccessLogTable.COLUMNS
        + " FROM access_log WHERE subject_id = ?", AccessLogTable.ROW, subject);
    assertThat(row.userId()).isEqualTo("clerk");
    assertThat(row.municipalityCode()).isEqualTo("352063");
    assertThat(row.action()).isEqualTo("READ");
    assertThat(row.subjectType()).isEqualTo(AccessSubjects.CASE);
    assertThat(row.justification()).isEqualTo("task:7");
    assertThat(InetAddress.getByName(row.clientAddress()).isLoopbackAddress()).isTrue();

    assertThat(http.get("/api/test-access/" + subject, "clerk2", DEMO_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT municipality_code FROM access_log WHERE subject_id = ? AND user_id = ?",
        String.class, subject, "clerk2")).isEqualTo("352021");
  }

  private JsonNode listAsAuditor(String query) throws Exception {
    HttpResponse<String> response = http.get("/api/access-log" + query, "auditor", DEMO_PASSWORD);
    assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
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

  private static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.get("items").forEach(row -> ids.add(row.get("id").asLong()));
    return ids;
  }


  /** The server's own in-memory database, reached from outside the server's connection pool. */
  private String databaseUrl() {
    return jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getURL());
  }
  private long rowCount() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM access_log", Long.class);
  }

  private long rowsAbout(String subject) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE subject_id = ?", Long.class, subject);
  }

  static AccessEntry read(String user, String municipality, String subject, String justification) {
    return new AccessEntry(user, municipality, AccessAction.READ, AccessSubjects.CASE, subject, justification,
        "192.0.2.10");
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  /** Stands in for a case API: one call records the signed-in user's read. */
  @TestConfiguration(proxyBeanMethods = false)
  static class CaseApiStandIn {

    @Bean
    ReadsACase readsACase(AccessContext accessContext) {
      return new ReadsACase(accessContext);
    }
  }

  @RestController
  static class ReadsACase {

    private final AccessContext accessContext;

    ReadsACase(AccessContext accessContext) {
      this.accessContext = accessContext;
    }

    @GetMapping("/api/test-access/{caseId}")
    String read(@PathVariable String caseId, @RequestParam(required = false) String justification) {
      accessContext.record(AccessAction.READ, AccessSubjects.CASE, caseId, justification);
      return "{}";
    }
  }
}
