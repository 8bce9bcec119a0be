package jp.vaccinationoffice.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.bench.load.CaseTiming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  private static final Instant T0 = Instant.parse("2026-11-25T00:00:00Z");

  /** Case i starts at i × 100 ms and takes (i + 1) × 10 ms. */
  static List<CaseTiming> hundredCases() {
    List<CaseTiming> timings = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Instant started = T0.plusMillis(i * 100L);
      timings.add(new CaseTiming(started, started.plusMillis((i + 1) * 10L)));
    }
    return timings;
  }

  @Test
  void percentilesAreNearestRankAndThroughputRunsFromFirstStartToLastEnd() {
    RunResult result = RunResult.of("ours", 101, 4, 1, hundredCases());

    assertThat(result.completed()).isEqualTo(100);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.p50Millis()).isEqualTo(500);
    assertThat(result.p90Millis()).isEqualTo(900);
    assertThat(result.p99Millis()).isEqualTo(990);
    assertThat(result.maxMillis()).isEqualTo(1000);
    // first start 0 ms, last end 9,900 + 1,000 ms
    assertThat(result.casesPerSecond()).isEqualTo(100 / 10.9);
  }

  @Test
  void lastLineHasTheAgreedKeysInOrder() {
    RunResult ours = new RunResult("case server (h2)", 600, 16, 600, 0, 84.27, 312, 540, 977, 1200);
    RunResult baseline = new RunResult("bare Operaton (h2)", 600, 16, 600, 0, 120.4, 90, 150, 300, 400);

    assertThat(Report.lastLine(ours, baseline))
        .isEqualTo("cases_per_s=84.3 p50_ms=312 p99_ms=977 baseline_cases_per_s=120.4 overhead_ratio=0.70");
    assertThat(Report.table(List.of(ours, baseline)).lines())
        .hasSize(3)
        .anySatisfy(line -> assertThat(line).startsWith("case server (h2)").contains("84.3", "312", "977"));
  }

  @Test
  void noCaseEndedGivesZerosInsteadOfFailing() {
    RunResult none = RunResult.of("ours", 5, 1, 5, List.of());

    assertThat(none.casesPerSecond()).isZero();
    assertThat(Report.lastLine(none, none)).endsWith("overhead_ratio=0.00");
  }

  @Test
  void resultsSurviveTheFileBetweenDriverRuns(@TempDir Path dir) throws Exception {
    RunResult result = RunResult.of("bare Operaton (postgres)", 100, 8, 0, hundredCases());
    result.write(dir.resolve("baseline.properties"));

    assertThat(RunResult.read(dir.resolve("baseline.properties"))).isEqualTo(result);
  }

  @Test
  void cpuPerCaseIsShownPerPartAndTotalledWithoutOtherProcesses(@TempDir Path dir) throws Exception {
    RunResult ours = new RunResult("case server (postgres)", 600, 16, 600, 0, 8.0, 1300, 3000, 6000, 9000)
        .withCpu(Map.of("server", 140.4, "search node", 30.0, "postgresql", 57.0, "driver", 23.0, "other", 2.6));
    RunResult baseline = new RunResult("bare Operaton (postgres)", 600, 16, 600, 0, 21.6, 560, 830, 1180, 1260)
        .withCpu(Map.of("bare engine and driver", 60.0, "postgresql", 32.0));

    assertThat(Report.table(List.of(ours, baseline)))
        .contains("CPU per case, case server (postgres): driver 23 ms, postgresql 57 ms, search node 30 ms,"
            + " server 140 ms; total 250 ms (other processes 3 ms)")
        .contains("CPU per case, bare Operaton (postgres): bare engine and driver 60 ms, postgresql 32 ms; total 92 ms");
    assertThat(Report.lastLine(ours, baseline))
        .isEqualTo("cases_per_s=8.0 p50_ms=1300 p99_ms=6000 baseline_cases_per_s=21.6 overhead_ratio=0.37"
            + " cpu_ms_per_case=250 baseline_cpu_ms_per_case=92");

    ours.write(dir.resolve("ours.properties"));
    assertThat(RunResult.read(dir.resolve("ours.properties"))).isEqualTo(ours);
  }
}
