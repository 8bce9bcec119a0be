package jp.vaccinationoffice.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.bench.baseline.BaselineBenchmark;
import jp.vaccinationoffice.bench.movein.ClusterKillRun;
import jp.vaccinationoffice.bench.movein.MoveInBenchmark;
import jp.vaccinationoffice.bench.report.Report;
import jp.vaccinationoffice.bench.report.RunResult;

/**
 * The driver behind {@code bench/move-in}:
 * <pre>
 * movein   --url URL[,URL...] [--simulators-url URL] --password P --cases N --concurrency C [--rate R] [--warmup W]
 *          [--processes PART=PID[,PART=PID...]] --label L --out FILE
 * killnode --url URL,URL --simulators-url URL --password P --cases N --concurrency C --jdbc-url URL --victim-pid PID
 * baseline --jdbc-url URL [--jdbc-user U] [--jdbc-password P] --cases N --concurrency C [--rate R] [--warmup W] --label L --out FILE
 * search   --jdbc-url URL --url URL --password P --search-url URL --count N [--queries Q] [--concurrency C] [--changes-per-s R] [--change-seconds S]
 * report   OURS_FILE BASELINE_FILE
 * </pre>
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage();
    }
    switch (args[0]) {
      case "movein" -> {
        Map<String, String> options = options(args);
        List<String> nodes = List.of(required(options, "url").split(","));
        RunResult result = new MoveInBenchmark(nodes, options.getOrDefault("simulators-url", nodes.get(0)),
            required(options, "password"), processes(options.getOrDefault("processes", "")))
            .run(required(options, "label"), number(options, "cases", null), number(options, "concurrency", null),
                rate(options), number(options, "warmup", "0"));
        result.write(Path.of(required(options, "out")));
        System.out.print(Report.table(List.of(result)));
      }
      case "killnode" -> {
        Map<String, String> options = options(args);
        ClusterKillRun.Summary summary = new ClusterKillRun(List.of(required(options, "url").split(",")),
            required(options, "simulators-url"), required(options, "password"), required(options, "jdbc-url"),
            Long.parseLong(required(options, "victim-pid")))
            .run(number(options, "cases", null), number(options, "concurrency", null));
        System.out.println(summary.line());
        System.exit(summary.passed() ? 0 : 1);
      }
      case "baseline" -> {
        Map<String, String> options = options(args);
        RunResult result = new BaselineBenchmark(required(options, "jdbc-url"), options.getOrDefault("jdbc-user", "sa"),
            options.getOrDefault("jdbc-password", ""))
            .run(required(options, "label"), number(options, "cases", null), number(options, "concurrency", null),
                rate(options), number(options, "warmup", "0"));
        result.write(Path.of(required(options, "out")));
        System.out.print(Report.table(List.of(result)));
      }
      case "search" -> {
        Map<String, String> options = options(args);
        String line = new jp.vaccinationoffice.bench.search.SearchBenchmark(required(options, "jdbc-url"),
            options.getOrDefault("jdbc-user", "sa"), options.getOrDefault("jdbc-password", ""),
            required(options, "url"), required(options, "password"), required(options, "search-url"))
            .run(number(options, "count", null), number(options, "queries", "1000"), number(options, "concurrency", "4"),
                Double.parseDouble(options.getOrDefault("changes-per-s", "50")), number(options, "change-seconds", "20"));
        System.out.println(line);
      }
      case "report" -> {
        if (args.length != 3) {
          usage();
        }
        RunResult ours = RunResult.read(Path.of(args[1]));
        RunResult baseline = RunResult.read(Path.of(args[2]));
        System.out.print(Report.table(List.of(ours, baseline)));
        System.out.println(Report.lastLine(ours, baseline));
      }
      default -> usage();
    }
    // the HTTP client's and the engine's threads must not keep the JVM
    System.exit(0);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  private static int number(Map<String, String> options, String name, String fallback) {
    String value = options.getOrDefault(name, fallback);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return Integer.parseInt(value);
  }

  /** {@code server=123,simulators=456}: pid → the part of the system it is. */
  static Map<Long, String> processes(String option) {
    Map<Long, String> processes = new HashMap<>();
    for (String entry : option.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] partAndPid = entry.split("=", 2);
      if (partAndPid.length != 2 || partAndPid[0].isBlank() || !partAndPid[1].matches("\\d+")) {
        throw new IllegalArgumentException("--processes takes PART=PID pairs, got " + entry);
      }
      processes.put(Long.parseLong(partAndPid[1]), partAndPid[0]);
    }
    return processes;
  }

  private static double rate(Map<String, String> options) {
    return Double.parseDouble(options.getOrDefault("rate", "0"));
  }

  private static void usage() {
    System.err.println("usage: movein|baseline --name value ... | report OURS BASELINE (see bench/move-in)");
    System.exit(2);
  }
}
