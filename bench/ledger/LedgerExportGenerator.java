import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.vaccinationoffice.common.MyNumber;

/**
 * Writes a synthetic ledger export (the health management system's CSV) for the import benchmark:
 * three doses per person, valid My Numbers made from a running number, names with Windows-31J
 * extension characters. Usage, with the common module on the class path:
 * java -cp common/target/classes LedgerExportGenerator.java <rows> <file> [UTF-8|windows-31j]
 */
public class LedgerExportGenerator {

  private static final String HEADER =
      "宛名番号,個人番号,氏名,氏名カナ,生年月日,性別,接種回,接種日,ワクチンメーカー,製品名,ロット番号,接種券番号";
  private static final String[] FAMILY = {"髙橋", "山﨑", "佐藤", "鈴木", "田中", "渡辺", "伊藤", "中村"};
  private static final String[] FAMILY_KANA = {"タカハシ", "ヤマサキ", "サトウ", "スズキ", "タナカ", "ワタナベ", "イトウ", "ナカムラ"};
  private static final String[] GIVEN = {"太郎", "花子", "一郎", "美咲", "健", "陽菜"};
  private static final String[] GIVEN_KANA = {"タロウ", "ハナコ", "イチロウ", "ミサキ", "ケン", "ヒナ"};
  private static final String[][] VACCINES = {{"ファイザー", "コミナティ筋注"}, {"モデルナ", "スパイクバックス筋注"}};

  public static void main(String[] args) throws IOException {
    int rows = Integer.parseInt(args[0]);
    Charset charset = Charset.forName(args.length > 2 ? args[2] : "UTF-8");
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(Path.of(args[1])), charset),
        1 << 20)) {
      out.write(HEADER);
      out.write("\r\n");
      for (int row = 0; row < rows; row++) {
        int person = row / 3;
        int dose = row % 3 + 1;
        String[] vaccine = VACCINES[person % 2];
        out.write(String.join(",",
            String.valueOf(10_000_000 + person),
            myNumber(person),
            FAMILY[person % FAMILY.length] + " " + GIVEN[person % GIVEN.length],
            FAMILY_KANA[person % FAMILY.length] + " " + GIVEN_KANA[person % GIVEN.length],
            String.format("%04d/%02d/%02d", 1940 + person % 60, person % 12 + 1, person % 28 + 1),
            person % 2 == 0 ? "男" : "女",
            String.valueOf(dose),
            String.format("2021-%02d-%02d", 4 + dose * 2, person % 28 + 1),
            vaccine[0], vaccine[1],
            "LOT" + (person % 500) + "-" + dose,
            ""));
        out.write("\r\n");
      }
    }
  }

  private static String myNumber(int n) {
    String eleven = String.format("%011d", 30_000_000_000L + n);
    return eleven + MyNumber.checkDigit(eleven);
  }
}
