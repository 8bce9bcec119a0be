package jp.vaccinationoffice.caseserver.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.vaccinationoffice.caseserver.api.ApiException;
import org.junit.jupiter.api.Test;

class CsvUploadTest {

  private static final String NAMES = "髙橋 﨑子,タカハシ サキコ";
  private static final String CSV = LedgerExportFile.HEADER + "\r\n1000001,x," + NAMES + ",1980/04/01,女,1\r\n";

  @Test
  void utf8IsReadAsUtf8() {
    CsvUpload upload = CsvUpload.inspect(CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(upload.encoding()).isEqualTo("UTF-8");
    assertThat(upload.text()).isEqualTo(CSV);
  }

  @Test
  void aByteOrderMarkIsDroppedFromTheText() {
    CsvUpload upload = CsvUpload.inspect(("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8));
    assertThat(upload.encoding()).isEqualTo("UTF-8 (BOM)");
    assertThat(upload.text()).isEqualTo(CSV);
  }

  @Test
  void shiftJisIsReadAsWindows31jWithItsExtensions() {
    CsvUpload upload = CsvUpload.inspect(CSV.getBytes(Charset.forName("windows-31j")));
    assertThat(upload.encoding()).isEqualTo("Windows-31J");
    assertThat(upload.text()).contains("髙橋 﨑子").isEqualTo(CSV);
  }

  @Test
  void aPdfIsRefusedByItsContent() {
    byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    assertRefused(pdf, 415, "application/pdf");
  }

  @Test
  void aZipIsRefusedByItsContent() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("ledger.csv"));
      zip.write(CSV.getBytes(StandardCharsets.UTF_8));
    }
    assertRefused(bytes.toByteArray(), 415, "application/zip");
  }

  @Test
  void aWindowsExecutableIsRefusedByItsContent() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3C] = (byte) 0x80;
    assertRefused(exe, 415, "application/x-msdownload");
  }

  @Test
  void unknownBinaryDataIsRefused() {
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 7);
    }
    assertThatThrownBy(() -> CsvUpload.inspect(binary)).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.status().value()).isIn(400, 415));
  }

  @Test
  void textWithControlCharactersIsNotCsv() {
    assertRefused((LedgerExportFile.HEADER + "\r\n1,\u0001\u0002,3\r\n").getBytes(StandardCharsets.UTF_8), 415,
        "binary data");
  }

  @Test
  void utf16IsNotAnAcceptedEncoding() {
    byte[] utf16 = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> CsvUpload.inspect(utf16)).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.status().value()).isEqualTo(415));
  }

  @Test
  void anEmptyFileIsRefused() {
    assertRefused(new byte[0], 400, "empty");
  }

  private static void assertRefused(byte[] content, int status, String detail) {
    assertThatThrownBy(() -> CsvUpload.inspect(content)).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.status().value()).isEqualTo(status);
      assertThat(e.getMessage()).contains(detail);
    });
  }
}
