package jp.vaccinationoffice.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The CPU time (user and system) the machine's processes have used so far, read from Linux's
 * {@code /proc} and summed per part of the system: the processes the benchmark started (by pid), the
 * local search node, PostgreSQL's processes, this driver, and everything else; the JIT compiler
 * threads of the named processes apart. Two snapshots around a run give what each part spent on
 * it. A process's own time includes that of its children that have ended (the kernel adds it to the
 * parent when the parent reaps them): PostgreSQL starts a process per connection, and a connection
 * pool that closes idle connections would otherwise hide their work.
 */
public final class ProcessCpu {

  /** Linux reports CPU time in clock ticks of 1/100 s to user space (USER_HZ) on every architecture Java runs on. */
  static final long MILLIS_PER_TICK = 10;
  public static final String SEARCH_NODE = "search node";
  public static final String POSTGRESQL = "postgresql";
  public static final String OTHER = "other";
  /** Appended to a named part for the time its JVM's JIT compiler threads spent (warm-up, not the work). */
  public static final String JIT_SUFFIX = " (JIT compiler)";
  /** The kernel's name of HotSpot's compiler threads: {@code C1 CompilerThre}, {@code C2 CompilerThre}. */
  private static final Pattern COMPILER_THREAD = Pattern.compile("C[12] CompilerThre.*");
  /** The main class of the case server's local search node (a process of its own). */
  static final String SEARCH_NODE_LAUNCHER = "jp.vaccinationoffice.searchnode.SearchNodeLauncher";

  private final Path proc;
  private final Map<Long, String> named;
  private final long driverPid;
  private final String driverName;

  /** {@code named}: pid → part, for the processes the benchmark started; this JVM counts as {@code driverName}. */
  public ProcessCpu(Map<Long, String> named, String driverName) {
    this(Path.of("/proc"), named, ProcessHandle.current().pid(), driverName);
  }

  ProcessCpu(Path proc, Map<Long, String> named, long driverPid, String driverName) {
    this.proc = proc;
    this.named = Map.copyOf(named);
    this.driverPid = driverPid;
    this.driverName = driverName;
  }

  /** Whether this machine has a {@code /proc} to read (Linux). */
  public boolean available() {
    return Files.isReadable(proc.resolve("self").resolve("stat"));
  }

  /** CPU milliseconds used so far, per part; empty where there is no {@code /proc}. */
  public Map<String, Long> snapshot() {
    Map<String, Long> millis = new TreeMap<>();
    if (!available()) {
      return millis;
    }
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, entry -> entry.getFileName().toString().matches("\\d+"))) {
      for (Path process : processes) {
        Stat stat = read(process);
        if (stat != null && stat.ticks() > 0) {
          long pid = Long.parseLong(process.getFileName().toString());
          String part = partOf(pid, stat, process);
          long compiling = named.containsKey(pid) ? compilerTicks(process) : 0;
          millis.merge(part, (stat.ticks() - compiling) * MILLIS_PER_TICK, Long::sum);
          if (compiling > 0) {
            millis.merge(part + JIT_SUFFIX, compiling * MILLIS_PER_TICK, Long::sum);
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + proc + ": " + e, e);
    }
    return millis;
  }

  /** Per part, what was spent between two snapshots divided by {@code cases}, in milliseconds. */
  public static Map<String, Double> perCase(Map<String, Long> before, Map<String, Long> after, int cases) {
    Map<String, Double> perCase = new LinkedHashMap<>();
    if (cases <= 0) {
      return perCase;
    }
    after.forEach((part, spent) -> {
      long used = spent - before.getOrDefault(part, 0L);
      if (used > 0) {
        perCase.put(part, (double) used / cases);
      }
    });
    return perCase;
  }

  /** The parts' CPU per case without {@link #OTHER} (what else ran on the machine), sorted by part. */
  public static Map<String, Double> ofTheSystem(Map<String, Double> perCase) {
    Map<String, Double> system = new TreeMap<>(perCase);
    system.remove(OTHER);
    return system;
  }

  /** The sum of {@link #ofTheSystem}. */
  public static double total(Map<String, Double> perCase) {
    return ofTheSystem(perCase).values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** {@code <part> <ms> ms, …; total <ms> ms (other processes <ms> ms)}; parts under half a millisecond left out. */
  public static String describe(Map<String, Double> perCase) {
    StringBuilder line = new StringBuilder();
    ofTheSystem(perCase).forEach((part, millis) -> {
      if (millis >= 0.5) {
        line.append(line.isEmpty() ? "" : ", ").append(part).append(' ').append(millis(millis)).append(" ms");
      }
    });
    line.append("; total ").append(millis(total(perCase))).append(" ms");
    Double other = perCase.get(OTHER);
    if (other != null) {
      line.append(" (other processes ").append(millis(other)).append(" ms)");
    }
    return line.toString();
  }

  /** Whole milliseconds. */
  public static String millis(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }

  /** The ticks of the process's JIT compiler threads still running (HotSpot keeps them for the JVM's life). */
  private static long compilerTicks(Path process) {
    long ticks = 0;
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(process.resolve("task"))) {
      for (Path thread : threads) {
        Stat stat = read(thread);
        if (stat != null && COMPILER_THREAD.matcher(stat.command()).matches()) {
          ticks += stat.ownTicks();
        }
      }
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
    return ticks;
  }

  private String partOf(long pid, Stat stat, Path process) {
    if (named.containsKey(pid)) {
      return named.get(pid);
    }
    if (pid == driverPid) {
      return driverName;
    }
    if ("postgres".equals(stat.command())) {
      return POSTGRESQL;
    }
    if (commandLine(process).contains(SEARCH_NODE_LAUNCHER)) {
      return SEARCH_NODE;
    }
    return OTHER;
  }

  /** {@code ticks}: the process's own and its ended children's; {@code ownTicks}: its own only. */
  record Stat(String command, long ticks, long ownTicks) {}

  /**
   * {@code /proc/<pid>/stat}: the command in parentheses (it may hold spaces); utime, stime, and the
   * ended children's cutime and cstime are fields 14 to 17.
   */
  static Stat parse(String line) {
    int open = line.indexOf('(');
    int close = line.lastIndexOf(')');
    if (open < 0 || close < open) {
      return null;
    }
    String[] fields = line.substring(close + 2).trim().split(" ");
    if (fields.length < 15) {
      return null;
    }
    // fields[0] is field 3 (the state)
    long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    long children = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    return new Stat(line.substring(open + 1, close), own + children, own);
  }

  private static Stat read(Path process) {
    try {
      return parse(Files.readString(process.resolve("stat"), StandardCharsets.US_ASCII));
    } catch (IOException | RuntimeException gone) {
      // the process ended while the directory was read
      return null;
    }
  }

  private static String commandLine(Path process) {
    try {
      return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
    } catch (IOException gone) {
      return "";
    }
  }
}
