package jp.vaccinationoffice.bench.movein;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jp.vaccinationoffice.bench.load.LoadRun;
import jp.vaccinationoffice.bench.report.RunResult;

/**
 * Move-in cases spread over several nodes on one database; when half of them have been accepted,
 * the first node is killed (SIGKILL, no shutdown). Then checks what must hold: every accepted case
 * reached TICKET_ISSUED on the nodes left, no national-system effect happened twice (the simulators'
 * call log has one FOUND or OK per case and operation; repeats only as REPLAYED), and the access
 * log's hash chain verifies.
 */
public final class ClusterKillRun {

  private static final Set<String> EFFECTS = Set.of("FOUND", "OK", "MATCHED", "MISMATCHED", "NOT_FOUND");

  private final CaseNodes nodes;
  private final CaseServerClient simulators;
  private final String password;
  private final String jdbcUrl;
  private final long victimPid;

  public ClusterKillRun(List<String> nodeUrls, String simulatorsUrl, String password, String jdbcUrl, long victimPid) {
    this.nodes = new CaseNodes(nodeUrls);
    this.simulators = new CaseServerClient(simulatorsUrl);
    this.password = password;
    this.jdbcUrl = jdbcUrl;
    this.victimPid = victimPid;
  }

  /** Runs the cases, kills the first node half-way, checks; answers the one-line summary. */
  public Summary run(int cases, int concurrency) throws Exception {
    List<String> myNumbers = Residents.myNumbers(cases);
    new SimulatedNationalSystems(simulators).seed(myNumbers, concurrency);
    Set<String> accepted = ConcurrentHashMap.newKeySet();
    AtomicInteger count = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    try (MoveInCase moveIn = new MoveInCase(nodes, myNumbers, password)) {
      moveIn.onSubmitted(caseId -> {
        accepted.add(caseId);
        if (count.incrementAndGet() == cases / 2 && killed.compareAndSet(false, true)) {
          ProcessHandle.of(victimPid).ifPresent(ProcessHandle::destroyForcibly);
          nodes.markDown(0);
          System.err.println("killed node 1 (pid " + victimPid + ") after " + cases / 2 + " accepted cases");
        }
      }, Duration.ofMinutes(5));
      RunResult result = new LoadRun(cases, concurrency, 0).run("two nodes, one killed", moveIn);
      return check(cases, accepted, result, killed.get());
    }
  }

  private Summary check(int cases, Set<String> accepted, RunResult result, boolean killed) throws Exception {
    Map<String, String> statusByCase = new HashMap<>();
    Map<String, String> caseByKey = new HashMap<>();
    Map<String, String> operationByKey = new HashMap<>();
    try (Connection db = DriverManager.getConnection(jdbcUrl, System.getProperty("jdbc.user", "postgres"),
        System.getProperty("jdbc.password", ""))) {
      try (PreparedStatement query = db.prepareStatement("SELECT id, status FROM case_file");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          statusByCase.put(rows.getString(1), rows.getString(2));
        }
      }
      try (PreparedStatement query = db.prepareStatement(
          "SELECT idempotency_key, case_id, national_system, operation FROM national_system_call");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          caseByKey.put(rows.getString(1), rows.getString(2));
          operationByKey.put(rows.getString(1), rows.getString(3) + " " + rows.getString(4));
        }
      }
    }
    int ended = 0;
    List<String> notEnded = new ArrayList<>();
    for (String caseId : accepted) {
      if ("TICKET_ISSUED".equals(statusByCase.get(caseId))) {
        ended++;
      } else {
        notEnded.add(caseId + "=" + statusByCase.get(caseId));
      }
    }
    Set<String> orphans = new HashSet<>(statusByCase.keySet());
    orphans.removeAll(accepted);

    Map<String, Integer> effectsPerCaseOperation = new HashMap<>();
    int replayed = 0;
    int otherOutcomes = 0;
    for (String system : List.of("vrs", "registry", "intermediate")) {
      for (JsonNode call : simulators.get("/sim/" + system + "/calls", null)) {
        String key = call.path("idempotencyKey").asText(null);
        String outcome = call.path("outcome").asText();
        if ("REPLAYED".equals(outcome)) {
          replayed++;
        } else if (key != null && caseByKey.containsKey(key) && EFFECTS.contains(outcome)) {
          effectsPerCaseOperation.merge(caseByKey.get(key) + " " + operationByKey.get(key), 1, Integer::sum);
        } else if (!EFFECTS.contains(outcome)) {
          otherOutcomes++;
        }
      }
    }
    long duplicateEffects = effectsPerCaseOperation.values().stream().filter(n -> n > 1).count();
    JsonNode chain = nodes.send(1, server -> server.get("/api/access-log/verify",
        CaseServerClient.basic("auditor", password)));
    return new Summary(cases, accepted.size(), ended, notEnded, orphans.size(), result.failed(),
        effectsPerCaseOperation.size(), duplicateEffects, replayed, otherOutcomes,
        chain.path("valid").asBoolean(false), chain.path("checkedRows").asLong(), killed);
  }

  /** What the run found; {@link #passed()} when nothing is lost or doubled and the chain holds. */
  public record Summary(int cases, int accepted, int ended, List<String> notEnded, int orphans, int clientFailures,
      int effects, long duplicateEffects, int replayed, int otherOutcomes, boolean chainValid, long chainRows,
      boolean killed) {

    public boolean passed() {
      return killed && ended == accepted && accepted >= cases && duplicateEffects == 0 && chainValid;
    }

    public String line() {
      return "cases=" + cases + " accepted=" + accepted + " ended=" + ended + " lost=" + (accepted - ended)
          + " orphans=" + orphans + " client_failures=" + clientFailures + " effects=" + effects
          + " duplicate_effects=" + duplicateEffects + " replayed=" + replayed + " other_outcomes=" + otherOutcomes
          + " chain_valid=" + chainValid + " chain_rows=" + chainRows + " killed=" + killed
          + " result=" + (passed() ? "PASS" : "FAIL")
          + (notEnded.isEmpty() ? "" : " not_ended=" + notEnded.subList(0, Math.min(5, notEnded.size())));
    }
  }
}
