package jp.vaccinationoffice.bench.report;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import jp.vaccinationoffice.bench.load.CaseTiming;
import jp.vaccinationoffice.bench.load.ProcessCpu;

/**
 * What one run measured: cases ended per second from the first start to the last end, the latency
 * percentiles (nearest rank) of the cases that ended as expected, and the CPU milliseconds each part
 * of the system spent per case (empty where the machine could not tell, see {@link ProcessCpu}).
 */
public record RunResult(String label, int cases, int concurrency, int completed, int failed,
    double casesPerSecond, long p50Millis, long p90Millis, long p99Millis, long maxMillis,
    Map<String, Double> cpuMillisPerCase) {

  private static final String CPU_PREFIX = "cpuMillisPerCase.";

  public RunResult {
    cpuMillisPerCase = Map.copyOf(cpuMillisPerCase);
  }

  public RunResult(String label, int cases, int concurrency, int completed, int failed,
      double casesPerSecond, long p50Millis, long p90Millis, long p99Millis, long maxMillis) {
    this(label, cases, concurrency, completed, failed, casesPerSecond, p50Millis, p90Millis, p99Millis, maxMillis,
        Map.of());
  }

  /** This result with the CPU each part spent per case. */
  public RunResult withCpu(Map<String, Double> perCase) {
    return new RunResult(label, cases, concurrency, completed, failed, casesPerSecond, p50Millis, p90Millis,
        p99Millis, maxMillis, perCase);
  }

  /** The sum of the parts' CPU per case without other processes ({@link ProcessCpu#total}); 0 when not measured. */
  public double totalCpuMillisPerCase() {
    return ProcessCpu.total(cpuMillisPerCase);
  }

  public static RunResult of(String label, int cases, int concurrency, int failed, List<CaseTiming> timings) {
    if (timings.isEmpty()) {
      return new RunResult(label, cases, concurrency, 0, failed, 0, 0, 0, 0, 0);
    }
    long[] latencies = timings.stream().mapToLong(CaseTiming::latencyMillis).sorted().toArray();
    Instant first = timings.stream().map(CaseTiming::started).min(Comparator.naturalOrder()).orElseThrow();
    Instant last = timings.stream().map(CaseTiming::ended).max(Comparator.naturalOrder()).orElseThrow();
    double seconds = Math.max(1, Duration.between(first, last).toMillis()) / 1000.0;
    return new RunResult(label, cases, concurrency, timings.size(), failed, timings.size() / seconds,
        percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99), latencies[latencies.length - 1]);
  }

  /** Nearest rank: the smallest latency that at least {@code percent} % of the cases do not exceed. */
  static long percentile(long[] sorted, double percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  public void write(Path file) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("label", label);
    properties.setProperty("cases", Integer.toString(cases));
    properties.setProperty("concurrency", Integer.toString(concurrency));
    properties.setProperty("completed", Integer.toString(completed));
    properties.setProperty("failed", Integer.toString(failed));
    properties.setProperty("casesPerSecond", Double.toString(casesPerSecond));
    properties.setProperty("p50Millis", Long.toString(p50Millis));
    properties.setProperty("p90Millis", Long.toString(p90Millis));
    properties.setProperty("p99Millis", Long.toString(p99Millis));
    properties.setProperty("maxMillis", Long.toString(maxMillis));
    cpuMillisPerCase.forEach((part, millis) -> properties.setProperty(CPU_PREFIX + part, Double.toString(millis)));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      properties.store(out, null);
    }
  }

  public static RunResult read(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    Map<String, Double> cpu = new LinkedHashMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith(CPU_PREFIX)) {
        cpu.put(name.substring(CPU_PREFIX.length()), Double.parseDouble(properties.getProperty(name)));
      }
    }
    return new RunResult(
        properties.getProperty("label"),
        Integer.parseInt(properties.getProperty("cases")),
        Integer.parseInt(properties.getProperty("concurrency")),
        Integer.parseInt(properties.getProperty("completed")),
        Integer.parseInt(properties.getProperty("failed")),
        Double.parseDouble(properties.getProperty("casesPerSecond")),
        Long.parseLong(properties.getProperty("p50Millis")),
        Long.parseLong(properties.getProperty("p90Millis")),
        Long.parseLong(properties.getProperty("p99Millis")),
        Long.parseLong(properties.getProperty("maxMillis")),
        cpu);
  }
}
