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
 * 発行者), in Japanese for 国内用 and in Japanese and English for 海外用, and the SMART Health Card
 * QR code 40 mm wide.
 */
@Component
class CertificatePdf {

  static final double QR_WIDTH_MM = 40;
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
        .footer("証明書ID " + certificate.id());
    pdf.heading(overseas ? "新型コロナウイルス感染症予防接種証明書（海外用）" : "新型コロナウイルス感染症予防接種証明書（国内用）",
        Align.CENTER);
    if (overseas) {
      pdf.paragraph("Vaccination Certificate for COVID-19", Align.CENTER, 12f);
    }
    pdf.space(4);
    pdf.labelValue(label("氏名", "Name", overseas), certificate.holderName(), 45);
    if (overseas) {
      pdf.labelValue("氏名（ローマ字） / Name in Roman letters",
          HolderNames.join(certificate.familyNameRoman(), certificate.givenNameRoman()), 45);
      pdf.labelValue("国籍 / Nationality", certificate.nationality(), 45);
      pdf.labelValue("旅券番号 / Passport No.", passportNumber, 45);
    }
    pdf.labelValue(label("生年月日", "Date of birth", overseas), date(certificate.birthDate(), overseas), 45);
    pdf.space(4);
    pdf.subheading(overseas ? "接種記録 / Vaccination records" : "接種記録");
    pdf.table(overseas
            ? List.of("接種回 / Dose", "接種日 / Date", "ワクチン名 / Vaccine", "メーカー / Manufacturer", "ロット番号 / Lot")
            : List.of("接種回", "接種日", "ワクチン名", "メーカー", "ロット番号"),
        doseRows(certificate, overseas), 1, 2, 4, 2.5, 1.5);
    pdf.space(4);
    pdf.labelValue(label("証明書ID", "Certificate ID", overseas), certificate.id(), 45);
    pdf.labelValue(label("発行年月日", "Date of issue", overseas), date(certificate.issuedOn(), overseas), 45);
    pdf.labelValue(label("発行者", "Issued by", overseas),
        municipality + "長" + (overseas ? " / Mayor of " + municipality : ""), 45);
    pdf.space(6);
    pdf.paragraph(overseas
        ? "SMART Health Card（スマートフォンのアプリ等で読み取り、署名を検証できます） / Scan to verify the signed record"
        : "SMART Health Card（スマートフォンのアプリ等で読み取り、署名を検証できます）");
    pdf.image(ShcQrCode.image(certificate.smartHealthCard(), 4), QR_WIDTH_MM, Align.LEFT);
    return pdf.toBytes();
  }

  private static List<List<String>> doseRows(CertificateRecords.Stored certificate, boolean overseas) {
    List<List<String>> rows = new ArrayList<>();
    for (CertificateIssuance.CertifiedDose dose : certificate.doses()) {
      rows.add(List.of(
          overseas ? dose.doseNumber() + "回目 / " + ordinal(dose.doseNumber()) : dose.doseNumber() + "回目",
          date(dose.vaccinatedOn(), overseas),
          overseas ? dose.product() + " / " + dose.vaccineNameEn() : dose.product(),
          overseas ? dose.manufacturer() + " / " + dose.manufacturerEn() : dose.manufacturer(),
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

  private static String ordinal(int n) {
    String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }
}
