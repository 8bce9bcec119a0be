package jp.vaccinationoffice.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.vaccinationoffice.bench.report.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineBenchmarkTest {

  @Test
  void aHandfulOfCasesRunToTheTicketIssuedEndOnAnH2File(@TempDir Path dir) throws Exception {
    RunResult result = new BaselineBenchmark("jdbc:h2:file:" + dir.resolve("engine"), "sa", "")
        .run("bare Operaton (h2)", 6, 3, 0, 2);

    assertThat(result.failed()).isZero();
    assertThat(result.completed()).isEqualTo(6);
    assertThat(result.casesPerSecond()).isPositive();
    assertThat(result.p50Millis()).isLessThanOrEqualTo(result.p99Millis());
    if (Files.isReadable(Path.of("/proc/self/stat"))) {
      assertThat(result.cpuMillisPerCase().get("bare engine and driver")).isPositive();
    }
  }
}
