package jp.vaccinationoffice.modelchecks.leaks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MyNumberLeakScanTest {

  @Test
  void findsAValidMyNumberInALogAndNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("reports/server-output.txt");
    Files.createDirectories(log.getParent());
    Files.writeString(log, "started\nquery for 123456789018 failed\n");

    List<MyNumberLeakScan.Finding> findings = MyNumberLeakScan.scan(List.of(dir));

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.file()).isEqualTo(log);
      assertThat(finding.line()).isEqualTo(2);
      assertThat(finding.masked()).isEqualTo("********9018");
    });
  }

  @Test
  void ignoresNumbersWithAWrongCheckDigitLongerRunsAndMaskedForms(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("calls.json"),
        "{\"a\":\"123456789012\",\"b\":\"1234567890185\",\"c\":\"********9018\",\"at\":1764100000000}");
    Files.writeString(dir.resolve("ledger.csv"), "0012345678,123456789012\n");

    assertThat(MyNumberLeakScan.scan(List.of(dir))).isEmpty();
  }

  @Test
  void skipsTheLastGroupOfAUuidButNotANumberBesideOne(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("output.txt");
    Files.writeString(log, String.join("\n",
        "Starting embedded database: url='jdbc:h2:mem:b25ba83d-b599-4cd5-87d6-123456789018;DB_CLOSE_DELAY=-1'",
        "process instance B25BA83D-B599-4CD5-87D6-123456789018 ended",
        "case b25ba83d-b599-4cd5-87d6-0ccbb766e8aa for 123456789018"));

    assertThat(MyNumberLeakScan.scan(List.of(dir))).singleElement()
        .satisfies(finding -> assertThat(finding.line()).isEqualTo(3));
  }

  @Test
  void scansCsvAndJsonButNotClassFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("export.csv"), "1,123456789018\n");
    Files.writeString(dir.resolve("Fixture.class"), "123456789018");

    assertThat(MyNumberLeakScan.scan(List.of(dir))).extracting(f -> f.file().getFileName().toString())
        .containsExactly("export.csv");
  }

  @Test
  void knowsTheCheckDigit() {
    assertThat(MyNumberLeakScan.isMyNumber("123456789018")).isTrue();
    assertThat(MyNumberLeakScan.isMyNumber("123456789012")).isFalse();
    assertThat(MyNumberLeakScan.isMyNumber("000000000000")).as("the placeholder is never issued").isFalse();
  }
}
