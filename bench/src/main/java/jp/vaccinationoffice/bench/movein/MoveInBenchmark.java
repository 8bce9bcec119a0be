package jp.vaccinationoffice.bench.movein;

import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.bench.load.LoadRun;
import jp.vaccinationoffice.bench.load.ProcessCpu;
import jp.vaccinationoffice.bench.report.RunResult;

/**
 * Move-in cases against running case server nodes on one database (demo profile), spread over the
 * nodes case by case, with the simulators at {@code simulatorsUrl} (a node's own, or standalone).
 */
public final class MoveInBenchmark {

  private final CaseNodes server;
  private final CaseServerClient simulators;
  private final String password;
  private final ProcessCpu cpu;

  /** {@code processes}: pid → part (e.g. {@code server}) of the processes whose CPU the run reports. */
  public MoveInBenchmark(List<String> nodeUrls, String simulatorsUrl, String password, Map<Long, String> processes) {
    this.server = new CaseNodes(nodeUrls);
    this.simulators = new CaseServerClient(simulatorsUrl);
    this.password = password;
    this.cpu = new ProcessCpu(processes, "driver");
  }

  /**
   * Seeds the residents, runs {@code warmup} cases unmeasured, then measures {@code cases}. The first
   * warm-up case runs alone: a fresh database makes its one-time things (such as the municipality's
   * keys) then, and that is not what the run measures.
   */
  public RunResult run(String label, int cases, int concurrency, double rate, int warmup) throws Exception {
    List<String> myNumbers = Residents.myNumbers(warmup + cases);
    new SimulatedNationalSystems(simulators).seed(myNumbers, concurrency);
    if (warmup > 0) {
      try (MoveInCase warmupCase = new MoveInCase(server, myNumbers.subList(0, warmup), password)) {
        RunResult first = new LoadRun(1, 1, 0).run(label + " first case", warmupCase);
        RunResult warm = warmup == 1 ? first
            : new LoadRun(warmup - 1, concurrency, 0).run(label + " warm-up", index -> warmupCase.run(index + 1));
        if (first.completed() + warm.completed() == 0) {
          throw new IllegalStateException("no warm-up case reached TICKET_ISSUED; see the errors above");
        }
      }
    }
    try (MoveInCase measured = new MoveInCase(server, myNumbers.subList(warmup, warmup + cases), password)) {
      Map<String, Long> before = cpu.snapshot();
      RunResult result = new LoadRun(cases, concurrency, rate).run(label, measured);
      return result.withCpu(ProcessCpu.perCase(before, cpu.snapshot(), result.completed()));
    }
  }
}
