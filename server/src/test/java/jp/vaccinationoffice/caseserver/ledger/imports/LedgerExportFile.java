package jp.vaccinationoffice.caseserver.ledger.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.vaccinationoffice.common.MyNumber;

/**
 * A ledger export as the health management system writes it, built in memory (never written under
 * target/, where the build scans for My Numbers).
 */
final class LedgerExportFile {

  static final String HEADER = String.join(",", LedgerColumn.HEADER);

  private final List<String> lines = new ArrayList<>(List.of(HEADER));

  /** A valid My Number made from a running number. */
  static String myNumber(int n) {
    String eleven = String.format("%011d", 20_000_000_000L + n);
    return eleven + MyNumber.checkDigit(eleven);
  }

  /** The same number with its check digit off by one. */
  static String wrongCheckDigit(int n) {
    String valid = myNumber(n);
    int digit = valid.charAt(11) - '0';
    return valid.substring(0, 11) + (digit + 1) % 10;
  }

  /** Dose {@code dose} of person {@code n}, with fixed, valid data. */
  static String line(int n, int dose) {
    return String.join(",", String.valueOf(1_000_000 + n), myNumber(n), "山田 太郎" + n % 10, "ヤマダ タロウ", "1980-04-01",
        "男", String.valueOf(dose), "2021-0" + (5 + dose) + "-10", "ファイザー", "コミナティ筋注", "FA" + (1000 + dose), "");
  }

  LedgerExportFile add(String line) {
    lines.add(line);
    return this;
  }

  /** Persons {@code first} to {@code first + count - 1}, each with doses 1 to {@code dosesEach}. */
  LedgerExportFile persons(int first, int count, int dosesEach) {
    for (int n = first; n < first + count; n++) {
      for (int dose = 1; dose <= dosesEach; dose++) {
        add(line(n, dose));
      }
    }
    return this;
  }

  int dataLines() {
    return lines.size() - 1;
  }

  byte[] utf8() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  byte[] utf8WithByteOrderMark() {
    return ("\uFEFF" + text()).getBytes(StandardCharsets.UTF_8);
  }

  byte[] windows31j() {
    return text().getBytes(Charset.forName("windows-31j"));
  }

  String text() {
    return String.join("\r\n", lines) + "\r\n";
  }
}
