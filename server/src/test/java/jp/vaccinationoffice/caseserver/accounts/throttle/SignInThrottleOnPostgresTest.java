package jp.vaccinationoffice.caseserver.accounts.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.FromAddress;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.ScratchPostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two server nodes on one PostgreSQL database count the same failures: a pause or lock earned on
 * one node holds on the other. The last administrator, locked out, is let back in by the
 * command-line unlock while both nodes keep running.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
// the command-line unlock, run inside this JVM, turns the JVM's logging down to errors: the test that
// reads the sign-in log runs before the tests that run the command
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInThrottleOnPostgresTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;
  static final String WRONG = "not the administrator's password";
  static final String PROBE = "/engine-rest/user/count";
  /** More than the connection pool holds (10), so that failures waiting for connections would show. */
  static final int PARALLEL = 24;

  ScratchPostgresDatabase database;
  ConfigurableApplicationContext nodeA;
  ConfigurableApplicationContext nodeB;
  Http a;
  Http b;
  Duration clockOffset = Duration.ZERO;

  @BeforeAll
  void startTwoNodes() {
    database = ScratchPostgresDatabase.create("sign_in_throttle_test");
    nodeA = database.startServer("--workers.enabled=false");
    nodeB = database.startServer("--workers.enabled=false");
    a = new Http(port(nodeA));
    b = new Http(port(nodeB));
  }

  @AfterAll
  void stopNodes() {
    for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
    if (database != null) {
      database.close();
    }
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  @Order(2)
  void aLockEarnedOnOneNodeHoldsOnTheOtherUntilTheCommandLineUnlockLiftsIt(CapturedOutput output) throws Exception {
    assertThat(a.get(PROBE, "admin", WRONG).statusCode()).isEqualTo(401);
    HttpResponse<String> paused = b.get(PROBE, "admin", PASSWORD);
    assertThat(paused.statusCode()).as("the pause from node A holds on node B").isEqualTo(429);
    assertThat(paused.headers().firstValue("Retry-After")).isPresent();

    for (int failure = 2; failure <= 10; failure++) {
      advance(Duration.ofSeconds(61));
      Http node = failure % 2 == 0 ? b : a;
      assertThat(node.get(PROBE, "admin", WRONG).statusCode()).as("failure " + failure).isEqualTo(401);
    }
    advance(Duration.ofSeconds(61));
    HttpResponse<String> locked = a.get(PROBE, "admin", PASSWORD);
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(JSON.readTree(locked.body()).get("detail").asText()).contains("locked");
    assertThat(b.get(PROBE, "admin", PASSWORD).statusCode()).isEqualTo(429);

    int status = AccountUnlockCommand.run(arguments("--accounts.unlock=admin"));

    assertThat(status).isZero();
    assertThat(output.getOut()).contains("Account admin unlocked: the sign-in lock until")
        .contains("Access log: an UNLOCK row by cli:");
    assertThat(b.get(PROBE, "admin", PASSWORD).statusCode()).isEqualTo(200);
    assertThat(a.get(PROBE, "admin", PASSWORD).statusCode()).isEqualTo(200);
    JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
    assertThat(jdbc.queryForList("SELECT action FROM access_log WHERE subject_type = 'SIGN_IN' AND subject_id = 'admin'"
        + " ORDER BY id", String.class)).containsExactly("ALERT", "UNLOCK");
    HttpResponse<String> verified = a.get("/api/access-log/verify", "auditor", PASSWORD);
    assertThat(JSON.readTree(verified.body()).get("valid").asBoolean()).as(verified.body()).isTrue();
  }

  @Test
  @Order(1)
  void parallelFailuresOnBothNodesAreAllCountedAndNeverExhaustTheConnectionPool(CapturedOutput output)
      throws Exception {
    FromAddress[] nodes = {FromAddress.loopback("127.0.0.2", port(nodeA)), FromAddress.loopback("127.0.0.2", port(nodeB))};
    ExecutorService clients = Executors.newFixedThreadPool(PARALLEL);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < PARALLEL; i++) {
        FromAddress node = nodes[i % 2];
        String user = "ghost-" + i;
        answers.add(clients.submit(() -> node.get(PROBE, user, WRONG).statusCode()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(120, TimeUnit.SECONDS));
      }
      assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(401, 429));
      // a password checked and found wrong is logged once (UNKNOWN_USER here); one refused unchecked is not
      int checked = output.getOut().split("event=UNKNOWN_USER user=ghost-", -1).length - 1;
      Integer counted = nodeA.getBean(JdbcTemplate.class).queryForObject(
          "SELECT failures FROM sign_in_throttle WHERE bucket = 'address:127.0.0.2'", Integer.class);
      assertThat(checked).isPositive();
      assertThat(counted).as("every checked failure counted once, on whichever node").isEqualTo(checked);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  @Order(3)
  void theCommandLineUnlockOfAnUnknownAccountSaysSoAndFails(CapturedOutput output) {
    assertThat(AccountUnlockCommand.run(arguments("--accounts.unlock=nobody-here"))).isEqualTo(1);
    assertThat(output.getErr()).contains("Account unlock failed").contains("There is no account 'nobody-here'");
    assertThat(AccountUnlockCommand.run(arguments("--accounts.unlock="))).isEqualTo(1);
    assertThat(AccountUnlockCommand.isRequested(new String[] {"--accounts.unlock=admin"})).isTrue();
    assertThat(AccountUnlockCommand.isRequested(new String[] {"--protection.rotate-master-key"})).isFalse();
  }

  private String[] arguments(String unlock) {
    return new String[] {
        "--spring.datasource.url=" + database.jdbcUrl(),
        "--spring.datasource.username=" + ScratchPostgresDatabase.USER,
        "--spring.datasource.password=" + ScratchPostgresDatabase.PASSWORD,
        unlock};
  }

  private void advance(Duration duration) {
    clockOffset = clockOffset.plus(duration);
    ClockUtil.offset(clockOffset.toMillis());
  }

  private static int port(ConfigurableApplicationContext node) {
    return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }
}
