package jp.vaccinationoffice.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCpuTest {

  @Test
  void theStatLineIsReadAfterTheLastParenthesisSoACommandMayHoldSpacesAndParentheses() {
    String line = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 12 0 0 0 1500 250 0 0 20 0 40 0 100 0 0";

    ProcessCpu.Stat stat = ProcessCpu.parse(line);

    assertThat(stat.command()).isEqualTo("java (main) x");
    assertThat(stat.ticks()).isEqualTo(1750);
  }

  @Test
  void theTimeOfEndedChildrenCountsWithTheirParent() {
    // PostgreSQL's postmaster: little of its own, much of the connections' processes that have ended
    String line = "2233 (postgres) S 1 2233 2233 0 -1 4194560 12 0 0 0 30 20 9000 1000 20 0 1 0 100 0 0";

    assertThat(ProcessCpu.parse(line).ticks()).isEqualTo(10_050);
  }

  @Test
  void aLineThatIsNotAStatLineIsNoProcess() {
    assertThat(ProcessCpu.parse("")).isNull();
    assertThat(ProcessCpu.parse("1 (x) S 1")).isNull();
    assertThat(ProcessCpu.parse("1 (x) S 1 2 3 4 5 6 7 8 9 10 11 12")).isNull();
  }

  @Test
  void processesAreSummedPerPart(@TempDir Path proc) throws IOException {
    process(proc, 1, "systemd", "/sbin/init", 5, 5);
    process(proc, 100, "java", "java -jar case-server.jar", 300, 100);
    process(proc, 101, "java", "java -cp x jp.vaccinationoffice.searchnode.SearchNodeLauncher /data 9200", 40, 10);
    process(proc, 200, "postgres", "postgres: 15/main: postgres db 127.0.0.1", 20, 5);
    process(proc, 201, "postgres", "postgres: 15/main: walwriter", 3, 2);
    process(proc, 300, "java", "java -cp bench jp.vaccinationoffice.bench.BenchMain movein", 7, 3);
    process(proc, 400, "sleep", "sleep 5", 0, 0);
    Files.createDirectories(proc.resolve("self"));
    Files.writeString(proc.resolve("self").resolve("stat"), "1 (x) S");

    // the server JVM's threads: its compiler threads' time is shown apart from the rest
    thread(proc, 100, 100, "java", 10, 5);
    thread(proc, 100, 120, "C2 CompilerThre", 90, 10);
    thread(proc, 100, 121, "C1 CompilerThre", 15, 5);
    thread(proc, 100, 130, "http-nio-8080-e", 150, 30);

    Map<String, Long> millis = new ProcessCpu(proc, Map.of(100L, "server"), 300, "driver").snapshot();

    assertThat(millis).containsExactlyInAnyOrderEntriesOf(Map.of(
        "server", 2800L, "server" + ProcessCpu.JIT_SUFFIX, 1200L, ProcessCpu.SEARCH_NODE, 500L,
        ProcessCpu.POSTGRESQL, 300L, "driver", 100L, ProcessCpu.OTHER, 100L));
  }

  @Test
  void perCaseIsWhatEachPartSpentBetweenTheSnapshotsDividedByTheCases() {
    Map<String, Long> before = Map.of("server", 1000L, ProcessCpu.POSTGRESQL, 500L);
    Map<String, Long> after = Map.of("server", 3000L, ProcessCpu.POSTGRESQL, 900L, ProcessCpu.SEARCH_NODE, 200L);

    assertThat(ProcessCpu.perCase(before, after, 100)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "server", 20.0, ProcessCpu.POSTGRESQL, 4.0, ProcessCpu.SEARCH_NODE, 2.0));
    assertThat(ProcessCpu.perCase(before, after, 0)).isEmpty();
  }

  @Test
  void onThisMachineTheDriversOwnWorkShowsUnderItsName() {
    ProcessCpu cpu = new ProcessCpu(Map.of(), "driver");
    assumeThat(cpu.available()).as("a Linux /proc").isTrue();
    long before = cpu.snapshot().getOrDefault("driver", 0L);

    // 300 ms of this thread's own CPU, however long other processes keep it waiting for a core
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long spin = threads.getCurrentThreadCpuTime();
    double sink = 0;
    while (threads.getCurrentThreadCpuTime() - spin < 300_000_000L) {
      sink += Math.sqrt(sink + 1);
    }

    assertThat(sink).isPositive();
    assertThat(cpu.snapshot().get("driver") - before).isGreaterThanOrEqualTo(250);
  }

  private static void thread(Path proc, long pid, long tid, String name, long utime, long stime) throws IOException {
    Path dir = Files.createDirectories(proc.resolve(Long.toString(pid)).resolve("task").resolve(Long.toString(tid)));
    // a thread's children fields are the whole process's: they must not be counted per thread
    Files.writeString(dir.resolve("stat"), tid + " (" + name + ") S 1 " + pid + " " + pid
        + " 0 -1 4194560 12 0 0 0 " + utime + " " + stime + " 7000 7000 20 0 1 0 100 0 0", StandardCharsets.US_ASCII);
  }

  private static void process(Path proc, long pid, String command, String commandLine, long utime, long stime)
      throws IOException {
    Path dir = Files.createDirectories(proc.resolve(Long.toString(pid)));
    Files.writeString(dir.resolve("stat"), pid + " (" + command + ") S 1 " + pid + " " + pid
        + " 0 -1 4194560 12 0 0 0 " + utime + " " + stime + " 0 0 20 0 1 0 100 0 0", StandardCharsets.US_ASCII);
    Files.write(dir.resolve("cmdline"), commandLine.replace(' ', '\0').getBytes(StandardCharsets.UTF_8));
  }
}
