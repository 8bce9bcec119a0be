package jp.vaccinationoffice.caseserver.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/** The certificate's page: one A4 page even with several doses in two languages, its QR code readable. */
class CertificatePdfTest {

  private static final CertificatePdf PDF = new CertificatePdf(JapaneseFont.fromEnvironment());

  @Test
  void aCertificateForTravelWithSevenDosesFitsOnePageInBothLanguages() throws Exception {
    byte[] pdf = PDF.render(certificate(CertificateUse.OVERSEAS, 7), "TK1234567");

    String text = PdfText.of(pdf);
    assertThat(text).contains("海外用", "Vaccination Certificate for COVID-19", "YAMADA HANAKO", "JPN", "TK1234567",
        "Dose", "Moderna COVID-19 Vaccine, Bivalent", "Mayor of 防府市", "防府市長", "LOT0007",
        "2021-06-07", "Date of issue", "6 Dec 2026");
    assertThat(readQr(pdf)).isEqualTo(SmartHealthCards.numeric(jws()));
  }

  @Test
  void aDomesticCertificateIsInJapaneseOnly() throws Exception {
    byte[] pdf = PDF.render(certificate(CertificateUse.DOMESTIC, 7), null);

    assertThat(PdfText.of(pdf)).contains("国内用", "氏名", "山田 花子", "生年月日", "1980年4月1日", "3回目",
        "2021年6月3日", "証明書ID", "352063-2026-000042", "発行年月日", "発行者", "防府市長")
        .doesNotContain("Vaccination Certificate", "Passport", "旅券番号");
    assertThat(readQr(pdf)).startsWith("shc:/");
  }

  private static String readQr(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "certificates"));
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(i, 100), "png",
            java.nio.file.Path.of("target", "certificates", "unit-" + System.nanoTime() + "-" + i + ".png").toFile());
      }
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300);
      return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
          Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
  }

  private static CertificateRecords.Stored certificate(CertificateUse use, int doses) {
    List<CertificateIssuance.CertifiedDose> list = java.util.stream.IntStream.rangeClosed(1, doses)
        .mapToObj(n -> new CertificateIssuance.CertifiedDose(n, LocalDate.of(2021, 6, n), "モデルナ",
            "スパイクバックス筋注（2価：起源株/オミクロン株BA.4-5）", "LOT000" + n, "229",
            "Moderna COVID-19 Vaccine, Bivalent (Spikevax Original/Omicron)", "Moderna", (long) n))
        .toList();
    boolean overseas = use == CertificateUse.OVERSEAS;
    return new CertificateRecords.Stored("352063-2026-000042", "352063", "case", use, CertificateStatus.ISSUED,
        "山田 花子", overseas ? "YAMADA" : null, overseas ? "HANAKO" : null, LocalDate.of(1980, 4, 1),
        overseas ? "JPN" : null, null, overseas ? "*******67" : null, Instant.parse("2026-12-06T01:00:00Z"),
        LocalDate.of(2026, 12, 6), "kid", "rid", jws(), null, null, list);
  }

  /** A JWS of the length a card with several doses has. */
  private static String jws() {
    return "eyJ" + "A".repeat(1000) + ".sig";
  }
}
