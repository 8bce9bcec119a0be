package jp.vaccinationoffice.bench.report;

import java.util.List;
import java.util.Locale;
import jp.vaccinationoffice.bench.load.ProcessCpu;

/** The table of both runs, and a last line that scripts can parse. */
public final class Report {

  private static final String ROW = "%-28s %6s %6s %6s %9s %8s %8s %8s %8s%n";

  private Report() {}

  public static String table(List<RunResult> runs) {
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, ROW, "run", "cases", "done", "failed", "cases/s", "p50 ms", "p90 ms",
        "p99 ms", "max ms"));
    for (RunResult run : runs) {
      table.append(String.format(Locale.ROOT, ROW, run.label(), run.cases(), run.completed(), run.failed(),
          String.format(Locale.ROOT, "%.1f", run.casesPerSecond()), run.p50Millis(), run.p90Millis(),
          run.p99Millis(), run.maxMillis()));
    }
    for (RunResult run : runs) {
      if (!run.cpuMillisPerCase().isEmpty()) {
        table.append(cpuLine(run)).append(System.lineSeparator());
      }
    }
    return table.toString();
  }

  /** {@code CPU per case, <label>: <part> <ms> ms, …; total <ms> ms (other processes <ms> ms)}. */
  static String cpuLine(RunResult run) {
    return "CPU per case, " + run.label() + ": " + ProcessCpu.describe(run.cpuMillisPerCase());
  }

  /**
   * {@code cases_per_s=… p50_ms=… p99_ms=… baseline_cases_per_s=… overhead_ratio=…}, ratio = ours /
   * baseline; then {@code cpu_ms_per_case=… baseline_cpu_ms_per_case=…} when both runs measured CPU.
   */
  public static String lastLine(RunResult ours, RunResult baseline) {
    double ratio = baseline.casesPerSecond() > 0 ? ours.casesPerSecond() / baseline.casesPerSecond() : 0;
    String line = String.format(Locale.ROOT,
        "cases_per_s=%.1f p50_ms=%d p99_ms=%d baseline_cases_per_s=%.1f overhead_ratio=%.2f",
        ours.casesPerSecond(), ours.p50Millis(), ours.p99Millis(), baseline.casesPerSecond(), ratio);
    if (ours.totalCpuMillisPerCase() > 0 && baseline.totalCpuMillisPerCase() > 0) {
      line += " cpu_ms_per_case=" + ProcessCpu.millis(ours.totalCpuMillisPerCase())
          + " baseline_cpu_ms_per_case=" + ProcessCpu.millis(baseline.totalCpuMillisPerCase());
    }
    return line;
  }
}
