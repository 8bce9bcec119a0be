package jp.vaccinationoffice.caseserver.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+81-3-1234", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1",
      "=cmd|' /C calc'!A0"})
  void aCellAFormulaCouldStartWithIsWrittenAsText(String cell) {
    assertThat(CsvWriter.startsLikeFormula(cell)).isTrue();
    String written = CsvWriter.cell(cell);
    String unquoted = written.startsWith("\"") ? written.substring(1, written.length() - 1).replace("\"\"", "\"") : written;
    assertThat(unquoted).isEqualTo("'" + cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"山田 花子", "FA1234", "2021-06-01", "3520600001", "a=b", "1-2", ""})
  void otherCellsAreWrittenAsTheyAre(String cell) {
    assertThat(CsvWriter.startsLikeFormula(cell)).isFalse();
    assertThat(CsvWriter.cell(cell)).isEqualTo(cell);
  }

  @Test
  void rowsAreRfc4180WithCrLf() {
    StringBuilder out = new StringBuilder();
    new CsvWriter(out)
        .row(List.of("氏名", "メモ", "式"))
        .row(Arrays.asList("山田, 花子", "言った\"はい\"", "=1+1"))
        .row(Arrays.asList("二行\n目", null, "-1"));
    assertThat(out.toString()).isEqualTo(
        "氏名,メモ,式\r\n\"山田, 花子\",\"言った\"\"はい\"\"\",'=1+1\r\n\"二行\n目\",,'-1\r\n");
  }
}
