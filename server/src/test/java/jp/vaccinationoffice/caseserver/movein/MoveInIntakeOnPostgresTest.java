package jp.vaccinationoffice.caseserver.movein;

import static jp.vaccinationoffice.caseserver.movein.MoveInScenario.PASSWORD;
import static jp.vaccinationoffice.caseserver.movein.MoveInScenario.UBE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.vaccinationoffice.caseserver.CaseServerApplication;
import jp.vaccinationoffice.caseserver.support.FreePort;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.caseserver.support.RawDatabaseScan;
import jp.vaccinationoffice.caseserver.support.ScratchPostgresDatabase;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Simultaneous identical intakes on PostgreSQL, from real threads: the database, not the JVM, lets
 * one through, so they give one case and one VRS ticket however many counters (or servers) send them.
 */
class MoveInIntakeOnPostgresTest {

  private static final int CLIENTS = 20;

  @Test
  void twentySimultaneousIdenticalIntakesGiveOneCaseAndOneTicket() throws Exception {
    int port = FreePort.find();
    try (ScratchPostgresDatabase database = ScratchPostgresDatabase.create("move_in_intake_test");
        ConfigurableApplicationContext server = start(database, port)) {
      JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
      Http http = new Http(port);
      MoveInScenario scenario = new MoveInScenario(http, jdbc, server.getBean(HistoryService.class));
      scenario.resetSimulators();
      scenario.registeredInHofu("山田");
      scenario.vaccinatedIn(UBE);
      String body = MoveInScenario.request(UBE, true);

      List<HttpResponse<String>> withoutKey = simultaneously(
          () -> http.postJson("/api/move-in-queries", body, "clerk", PASSWORD));
      String first = onlyCaseCreated(withoutKey);
      assertThat(withoutKey).filteredOn(response -> response.statusCode() == 409).hasSize(CLIENTS - 1)
          .allSatisfy(response -> assertThat(MoveInScenario.read(response.body()).get("caseId").asText()).isEqualTo(first));
      assertThat(count(jdbc, "case_file")).isEqualTo(1);
      issueTicket(scenario, first);

      String key = UUID.randomUUID().toString();
      List<HttpResponse<String>> withOneKey = simultaneously(
          () -> http.postJson("/api/move-in-queries", body, "clerk", PASSWORD, "Idempotency-Key", key));
      assertThat(withOneKey).allSatisfy(response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(201));
      assertThat(withOneKey).filteredOn(response -> response.headers().firstValue("Idempotent-Replayed").isPresent())
          .hasSize(CLIENTS - 1);
      Set<String> caseIds = withOneKey.stream().map(r -> MoveInScenario.read(r.body()).get("caseId").asText())
          .collect(Collectors.toSet());
      assertThat(caseIds).hasSize(1).doesNotContain(first);
      String second = caseIds.iterator().next();
      assertThat(count(jdbc, "case_file")).isEqualTo(2);
      issueTicket(scenario, second);

      String mixedKey = UUID.randomUUID().toString();
      List<HttpResponse<String>> mixed = simultaneously(index -> index % 2 == 0
          ? http.postJson("/api/move-in-queries", body, "clerk", PASSWORD, "Idempotency-Key", mixedKey)
          : http.postJson("/api/move-in-queries", body, "clerk", PASSWORD));
      assertThat(count(jdbc, "case_file")).isEqualTo(3);
      String third = jdbc.queryForObject("SELECT id FROM case_file WHERE id NOT IN (?, ?)", String.class, first, second);
      assertThat(mixed).allSatisfy(response -> {
        assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
        assertThat(MoveInScenario.read(response.body()).get("caseId").asText()).isEqualTo(third);
      });

      assertThat(scenario.vrsCalls("REGISTER_TICKET")).hasSize(2);
      assertThat(jdbc.queryForList("SELECT case_id FROM vaccination_ticket ORDER BY issued_at", String.class))
          .containsExactly(first, second);
      assertThat(RawDatabaseScan.findMyNumbers(server.getBean(DataSource.class))).isEmpty();
    }
  }

  private static void issueTicket(MoveInScenario scenario, String caseId) {
    scenario.completeOk(caseId, "verify-identity", MoveInScenario.verified());
    scenario.awaitStatus(caseId, "TICKET_ISSUED");
    scenario.awaitEnded(caseId);
  }

  private static String onlyCaseCreated(List<HttpResponse<String>> responses) {
    List<HttpResponse<String>> created = responses.stream().filter(response -> response.statusCode() == 201).toList();
    assertThat(created).as(responses.stream().map(HttpResponse::body).toList().toString()).hasSize(1);
    return MoveInScenario.read(created.get(0).body()).get("caseId").asText();
  }

  private interface Request {
    HttpResponse<String> send(int index);
  }

  private static List<HttpResponse<String>> simultaneously(Callable<HttpResponse<String>> request) throws Exception {
    return simultaneously(index -> {
      try {
        return request.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Sends {@value #CLIENTS} requests from as many threads, released together. */
  private static List<HttpResponse<String>> simultaneously(Request request) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
    try {
      CountDownLatch ready = new CountDownLatch(CLIENTS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        int index = i;
        answers.add(threads.submit(() -> {
          ready.countDown();
          go.await();
          return request.send(index);
        }));
      }
      ready.await();
      go.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        responses.add(answer.get(60, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      threads.shutdownNow();
    }
  }

  private static ConfigurableApplicationContext start(ScratchPostgresDatabase database, int port) {
    return new SpringApplicationBuilder(CaseServerApplication.class).run(
        "--server.port=" + port,
        "--spring.datasource.url=" + database.jdbcUrl(),
        "--spring.datasource.username=" + ScratchPostgresDatabase.USER,
        "--spring.datasource.password=" + ScratchPostgresDatabase.PASSWORD,
        "--DEMO_PASSWORD=" + PASSWORD,
        "--workers.retries=1",
        "--workers.retry-interval=300ms",
        "--workers.long-poll-timeout=1s");
  }

  private static int count(JdbcTemplate jdbc, String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }
}
