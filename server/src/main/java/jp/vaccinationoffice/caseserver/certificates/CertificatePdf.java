package jp.vaccinationoffice.caseserver.certificates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfDocument;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfDocument.Align;
import jp.vaccinationoffice.common.Municipalities;
import org.springframework.stereotype.Component;

/**
 * The certificate as an A4 PDF: the official items (氏名, for 海外用 also the Roman name, 国籍 and
 * 旅券番号; 生年月日; per dose 接種回, 接種日, ワクチン名, メーカー, ロット番号; 証明書ID; 発行年月日;
 * 発行者), in Japanese for 国内用 and in Japanese and English for 海外用 (vaccine and maker by their
 * English names there), and the SMART Health Card QR code 40 mm wide, on one page.
 */
@Component
class CertificatePdf {

  /** The QR code with its quiet zone, drawn as filled squares: sharp at any print resolution. */
  static final double QR_WIDTH_MM = 40;
  private static final double LABEL_MM = 55;
  private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final JapaneseFont font;

  CertificatePdf(JapaneseFont font) {
    this.font = font;
  }

  byte[] render(CertificateRecords.Stored certificate, String passportNumber) {
    boolean overseas = certificate.use() == CertificateUse.OVERSEAS;
    String municipality = Municipalities.nameOf(certificate.municipalityCode()).orElse(certificate.municipalityCode());
    PdfDocument pdf = PdfDocument.a4(font)
        .title("新型コロナウイルス感染症予防接種証明書 " + certificate.id())
        .footer("証明書ID " + certificate.id())
        .margins(12, 18, 12, 18);
    pdf.heading(overseas ? "新型コロナウイルス感染症予防接種証明書（海外用）" : "新型コロナウイルス感染症予防接種証明書（国内用）",
        Align.CENTER);
    if (overseas) {
      pdf.paragraph("Vaccination Certificate for COVID-19", Align.CENTER, 12f);
    }
    pdf.space(2);
    pdf.labelValue(label("氏名", "Name", overseas), certificate.holderName(), LABEL_MM);
    if (overseas) {
      pdf.labelValue("氏名（ローマ字） / Name in Roman letters",
          HolderNames.join(certificate.familyNameRoman(), certificate.givenNameRoman()), LABEL_MM);
      pdf.labelValue("国籍 / Nationality", certificate.nationality(), LABEL_MM);
      pdf.labelValue("旅券番号 / Passport No.", passportNumber, LABEL_MM);
    }
    pdf.labelValue(label("生年月日", "Date of birth", overseas), date(certificate.birthDate(), overseas), LABEL_MM);
    pdf.space(3);
    pdf.table(overseas
            ? List.of("接種回 / Dose", "接種日 / Date", "ワクチン名 / Vaccine", "メーカー / Manufacturer", "ロット番号 / Lot")
            : List.of("接種回", "接種日", "ワクチン名", "メーカー", "ロット番号"),
        doseRows(certificate, overseas), overseas ? new double[] {1.1, 1.7, 4.8, 2.2, 1.4}
            : new double[] {1, 2, 4, 2.5, 1.5});
    pdf.space(3);
    pdf.labelValue(label("証明書ID", "Certificate ID", overseas), certificate.id(), LABEL_MM);
    pdf.labelValue(label("発行年月日", "Date of issue", overseas), date(certificate.issuedOn(), overseas), LABEL_MM);
    pdf.labelValue(label("発行者", "Issued by", overseas),
        municipality + "長" + (overseas ? " / Mayor of " + municipality : ""), LABEL_MM);
    pdf.space(3);
    pdf.paragraph(overseas ? "SMART Health Card（署名付き接種記録 / signed vaccination record）"
        : "SMART Health Card（署名付き接種記録）");
    pdf.modules(ShcQrCode.modules(certificate.smartHealthCard()), QR_WIDTH_MM, Align.LEFT);
    return pdf.toBytes();
  }

  private static List<List<String>> doseRows(CertificateRecords.Stored certificate, boolean overseas) {
    List<List<String>> rows = new ArrayList<>();
    for (CertificateIssuance.CertifiedDose dose : certificate.doses()) {
      rows.add(List.of(
          overseas ? String.valueOf(dose.doseNumber()) : dose.doseNumber() + "回目",
          overseas ? dose.vaccinatedOn().toString() : date(dose.vaccinatedOn(), false),
          overseas ? dose.vaccineNameEn() : dose.product(),
          overseas ? dose.manufacturerEn() : dose.manufacturer(),
          dose.lot()));
    }
    return rows;
  }

  private static String label(String japanese, String english, boolean overseas) {
    return overseas ? japanese + " / " + english : japanese;
  }

  private static String date(LocalDate date, boolean overseas) {
    String japanese = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    return overseas ? japanese + " / " + ENGLISH_DATE.format(date) : japanese;
  }

}
