package jp.vaccinationoffice.caseserver.letters;

import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;
import jp.vaccinationoffice.caseserver.letters.AmendmentRequestLetter.AmendmentRequest;
import jp.vaccinationoffice.caseserver.letters.CorrectionDecisionLetter.CorrectionDecision;
import jp.vaccinationoffice.caseserver.letters.DisclosedInformationDocument.DisclosedInformation;
import jp.vaccinationoffice.caseserver.letters.DisclosureDecisionLetter.DisclosureDecision;
import jp.vaccinationoffice.caseserver.letters.ExtensionNoticeLetter.ExtensionNotice;
import jp.vaccinationoffice.caseserver.letters.ExtensionNoticeLetter.SpecialDeadlineNotice;
import jp.vaccinationoffice.caseserver.letters.NonDisclosureDecisionLetter.NonDisclosureDecision;
import jp.vaccinationoffice.caseserver.letters.SuspensionDecisionLetter.SuspensionDecision;
import org.springframework.stereotype.Component;

/**
 * The letters of the personal-information requests (開示・訂正・利用停止請求) as PDF, from plain
 * records: no database, nothing stored. Each decision letter carries the 教示.
 */
@Component
public class StatutoryLetters {

  private final JapaneseFont font;

  public StatutoryLetters(JapaneseFont font) {
    this.font = font;
  }

  /** 補正依頼書. */
  public byte[] amendmentRequest(AmendmentRequest letter) {
    return AmendmentRequestLetter.render(font, letter);
  }

  /** 延長通知書. */
  public byte[] extensionNotice(ExtensionNotice letter) {
    return ExtensionNoticeLetter.render(font, letter);
  }

  /** The notice of the 特例 for very large requests (第84条, 第95条, 第103条). */
  public byte[] specialDeadlineNotice(SpecialDeadlineNotice letter) {
    return ExtensionNoticeLetter.render(font, letter);
  }

  /** 開示決定通知書, or 部分開示決定通知書 when items are withheld. */
  public byte[] disclosureDecision(DisclosureDecision letter) {
    return DisclosureDecisionLetter.render(font, letter);
  }

  /** 不開示決定通知書, 不存在 included. */
  public byte[] nonDisclosureDecision(NonDisclosureDecision letter) {
    return NonDisclosureDecisionLetter.render(font, letter);
  }

  /** 訂正決定通知書 (in full or in part) or 訂正しない旨の決定通知書. */
  public byte[] correctionDecision(CorrectionDecision letter) {
    return CorrectionDecisionLetter.render(font, letter);
  }

  /** 利用停止決定通知書 (in full or in part) or 利用停止をしない旨の決定通知書. */
  public byte[] suspensionDecision(SuspensionDecision letter) {
    return SuspensionDecisionLetter.render(font, letter);
  }

  /** The disclosed information as PDF (別紙). */
  public byte[] disclosedInformationPdf(DisclosedInformation information) {
    return DisclosedInformationDocument.pdf(font, information);
  }

  /** The disclosed information as CSV, for an electronic copy. */
  public String disclosedInformationCsv(DisclosedInformation information) {
    return DisclosedInformationDocument.csv(information);
  }
}
