package jp.vaccinationoffice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchMainTest {

  @Test
  void processesNameThePartOfEachPid() {
    assertThat(BenchMain.processes("simulators=12,server=345,server=678"))
        .containsExactlyInAnyOrderEntriesOf(Map.of(12L, "simulators", 345L, "server", 678L, "server"));
    assertThat(BenchMain.processes("")).isEmpty();
  }

  @Test
  void aPidThatIsNotANumberIsRefused() {
    assertThatThrownBy(() -> BenchMain.processes("server=12a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PART=PID");
    assertThatThrownBy(() -> BenchMain.processes("=12"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
