package jp.vaccinationoffice.bench.baseline;

import java.util.Map;
import jp.vaccinationoffice.bench.load.LoadRun;
import jp.vaccinationoffice.bench.load.ProcessCpu;
import jp.vaccinationoffice.bench.report.RunResult;

/** The move-in process on a bare engine with workers that do nothing: what the engine alone costs. */
public final class BaselineBenchmark {

  /** Fetching threads of the no-op workers; the case server's workers fetch with one. */
  static final int WORKER_THREADS = 2;

  private final String jdbcUrl;
  private final String username;
  private final String password;

  public BaselineBenchmark(String jdbcUrl, String username, String password) {
    this.jdbcUrl = jdbcUrl;
    this.username = username;
    this.password = password;
  }

  public RunResult run(String label, int cases, int concurrency, double rate, int warmup) throws Exception {
    try (BaselineEngine engine = BaselineEngine.start(jdbcUrl, username, password);
         NoOpExternalTaskWorkers workers =
             new NoOpExternalTaskWorkers(engine.engine().getExternalTaskService(), engine.topics(), WORKER_THREADS);
         BaselineCase baselineCase = new BaselineCase(engine.engine())) {
      if (warmup > 0) {
        new LoadRun(warmup, concurrency, 0).run(label + " warm-up", baselineCase);
      }
      ProcessCpu cpu = new ProcessCpu(Map.of(), "bare engine and driver");
      Map<String, Long> before = cpu.snapshot();
      RunResult result = new LoadRun(cases, concurrency, rate).run(label, baselineCase);
      return result.withCpu(ProcessCpu.perCase(before, cpu.snapshot(), result.completed()));
    }
  }
}
