package jp.vaccinationoffice.caseserver.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLinesTest {

  @Test
  void splitsFieldsAndHonoursQuotes() throws Exception {
    assertThat(CsvLines.fields("a,b,,d")).containsExactly("a", "b", "", "d");
    assertThat(CsvLines.fields("\"a,b\",\"say \"\"hi\"\"\",c")).containsExactly("a,b", "say \"hi\"", "c");
    assertThat(CsvLines.fields("a,")).containsExactly("a", "");
    assertThat(CsvLines.fields("\"\"")).containsExactly("");
  }

  @Test
  void malformedQuotesAreErrors() {
    assertThatThrownBy(() -> CsvLines.fields("\"open,b")).isInstanceOf(CsvLines.MalformedLine.class)
        .hasMessageContaining("not closed");
    assertThatThrownBy(() -> CsvLines.fields("\"a\"b,c")).isInstanceOf(CsvLines.MalformedLine.class);
  }

  @Test
  void countsLinesWithCrLfOrLfAndIgnoresTrailingEmptyLines() throws Exception {
    CsvLines lines = new CsvLines("h1,h2\r\na,b\nc,d\r\n\r\n\n");
    List<String> seen = new ArrayList<>();
    while (lines.hasNext()) {
      seen.add(lines.lineNumber() + 1 + ":" + String.join("|", lines.next()));
    }
    assertThat(seen).containsExactly("1:h1|h2", "2:a|b", "3:c|d");
  }

  @Test
  void continuesAfterAMalformedLine() throws Exception {
    CsvLines lines = new CsvLines("h\n\"bad\nok\n");
    lines.next();
    assertThatThrownBy(lines::next).isInstanceOf(CsvLines.MalformedLine.class);
    assertThat(lines.lineNumber()).isEqualTo(2);
    assertThat(lines.next()).containsExactly("ok");
    assertThat(lines.lineNumber()).isEqualTo(3);
    assertThat(lines.hasNext()).isFalse();
  }
}
