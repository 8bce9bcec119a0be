package jp.vaccinationoffice.caseserver.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfText;
import jp.vaccinationoffice.caseserver.letters.AmendmentRequestLetter.AmendmentRequest;
import jp.vaccinationoffice.caseserver.letters.CorrectionDecisionLetter.CorrectionDecision;
import jp.vaccinationoffice.caseserver.letters.CorrectionDecisionLetter.CorrectionItem;
import jp.vaccinationoffice.caseserver.letters.DisclosedInformationDocument.DisclosedInformation;
import jp.vaccinationoffice.caseserver.letters.DisclosedInformationDocument.DisclosedItem;
import jp.vaccinationoffice.caseserver.letters.DisclosureDecisionLetter.Arrangements;
import jp.vaccinationoffice.caseserver.letters.DisclosureDecisionLetter.DisclosureDecision;
import jp.vaccinationoffice.caseserver.letters.DisclosureDecisionLetter.WithheldItem;
import jp.vaccinationoffice.caseserver.letters.ExtensionNoticeLetter.ExtensionNotice;
import jp.vaccinationoffice.caseserver.letters.ExtensionNoticeLetter.SpecialDeadlineNotice;
import jp.vaccinationoffice.caseserver.letters.NonDisclosureDecisionLetter.NonDisclosureDecision;
import jp.vaccinationoffice.caseserver.letters.NonDisclosureDecisionLetter.Reason;
import jp.vaccinationoffice.caseserver.letters.SuspensionDecisionLetter.Measure;
import jp.vaccinationoffice.caseserver.letters.SuspensionDecisionLetter.MeasureDecision;
import jp.vaccinationoffice.caseserver.letters.SuspensionDecisionLetter.SuspensionDecision;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every letter rendered as a resident's PDF reader reads it back (poppler's pdftotext). */
class StatutoryLettersTest {

  private static final StatutoryLetters LETTERS = new StatutoryLetters(JapaneseFont.fromEnvironment());
  private static final Issuer HOFU = new Issuer("防府市", "防府市長", "山口　太郎", "健康福祉部 健康増進課", "0835-00-0000");
  private static final LetterHead HEAD = new LetterHead("防健第1234号", LocalDate.of(2026, 12, 6),
      new Addressee("髙橋　花子", "747-0000", "山口県防府市寿町7番1号"), HOFU);
  private static final String RECORDS = "新型コロナウイルス感染症予防接種記録（予防接種台帳）";

  private static RequestReference request(RequestKind kind) {
    return new RequestReference(kind, "PI-2026-000123", LocalDate.of(2026, 11, 2), RECORDS);
  }

  /** The 教示 every decision carries: 審査請求 to the head within 3 months, 取消訴訟 against the city within 6. */
  private static void hasRemedies(String text) {
    assertThat(text).contains("教示", "防府市長に対して審査請求をすることができます", "翌日から起算して3か月以内",
        "翌日から起算して6か月以内に、防府市を被告として", "防府市を代表する者は防府市長", "裁決があったことを知った日");
  }

  private static void hasHead(String text, String title) {
    assertThat(text).contains(title, "（請求番号PI-2026-000123）", "令和8年12月6日", "防健第1234号", "髙橋花子様", "防府市長山口太郎",
        "令和8年11月2日付けで受け付けた", RequestKind.LAW);
  }

  @ParameterizedTest
  @CsvSource({"DISCLOSURE, 第77条第3項, 第83条第1項", "CORRECTION, 第91条第3項, 第94条第1項",
      "SUSPENSION, 第99条第3項, 第102条第1項"})
  void amendmentRequestNamesTheDefectsTheDateAndThatTheClockStops(RequestKind kind, String amendment, String deadline) {
    String text = PdfText.body(LETTERS.amendmentRequest(new AmendmentRequest(HEAD, request(kind),
        List.of("請求者の本人確認書類（写し）が添付されていません。", "代理人による請求の場合は委任状を添付してください。"),
        LocalDate.of(2026, 12, 21))));
    hasHead(text, "補正依頼書");
    assertThat(text).contains(amendment + "の規定により、下記のとおり補正を求めます", "(1)請求者の本人確認書類", "(2)代理人による",
        "令和8年12月21日までに", "期限（同法" + deadline + "）に算入しません", "審査請求の対象とはなりません", "3か月以内", "6か月以内");
    assertThatThrownBy(() -> new AmendmentRequest(HEAD, request(kind), List.of(), LocalDate.of(2026, 12, 21)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"DISCLOSURE, 第83条第2項, 開示決定等", "CORRECTION, 第94条第2項, 訂正決定等", "SUSPENSION, 第102条第2項, 利用停止決定等"})
  void extensionNoticeNamesBothDeadlinesAndTheReason(RequestKind kind, String article, String decisions) {
    String text = PdfText.body(LETTERS.extensionNotice(new ExtensionNotice(HEAD, request(kind), LocalDate.of(2026, 12, 2),
        LocalDate.of(2027, 1, 4), "他の市区町村への照会に時間を要するため")));
    hasHead(text, "延長通知書");
    assertThat(text).contains(decisions + "の期限の延長について（通知）", article + "の規定により通知します", "延長前の期限令和8年12月2日",
        "延長後の期限令和9年1月4日", "他の市区町村への照会に時間を要するため", "審査請求");
    assertThatThrownBy(() -> new ExtensionNotice(HEAD, request(kind), LocalDate.of(2026, 12, 2), LocalDate.of(2027, 2, 2), "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void specialDeadlineNoticeOfAVeryLargeRequest() {
    String disclosure = PdfText.body(LETTERS.specialDeadlineNotice(new SpecialDeadlineNotice(HEAD,
        request(RequestKind.DISCLOSURE), "請求に係る記録が著しく大量であるため", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 31))));
    assertThat(disclosure).contains("決定期限の特例規定の適用通知書", "第84条の規定を適用", "相当の部分について開示決定等をする期限令和9年1月4日",
        "残りの保有個人情報について開示決定等をする期限令和9年3月31日", "請求番号PI-2026-000123");
    String correction = PdfText.body(LETTERS.specialDeadlineNotice(new SpecialDeadlineNotice(HEAD,
        request(RequestKind.CORRECTION), "事実の調査に長期間を要するため", null, LocalDate.of(2027, 2, 26))));
    assertThat(correction).contains("第95条の規定を適用", "訂正決定等をする期限令和9年2月26日");
    assertThatThrownBy(() -> new SpecialDeadlineNotice(HEAD, request(RequestKind.CORRECTION), "x", LocalDate.of(2027, 1, 4),
        LocalDate.of(2027, 2, 26))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fullDisclosure() {
    DisclosureDecision decision = new DisclosureDecision(HEAD, request(RequestKind.DISCLOSURE),
        "予防接種法に基づく予防接種の実施及び記録の管理", arrangements(), List.of());
    String text = PdfText.body(LETTERS.disclosureDecision(decision));
    hasHead(text, "開示決定通知書");
    hasRemedies(text);
    assertThat(text).contains("保有個人情報の全部を開示することと決定しました", "第82条第1項の規定により通知します",
        "開示する保有個人情報" + RECORDS, "写しの交付", "1枚につき10円").doesNotContain("部分開示", "開示しない部分");
  }

  @Test
  void partialDisclosureNamesEachWithheldItemWithItsLegalGround() {
    DisclosureDecision decision = new DisclosureDecision(HEAD, request(RequestKind.DISCLOSURE), "予防接種の記録の管理",
        arrangements(), List.of(
            new WithheldItem("接種を行った医師の氏名", WithholdingGround.OTHER_INDIVIDUAL, "開示請求者以外の個人を識別できるため"),
            new WithheldItem("照会の審査記録のうち審査担当者の意見", WithholdingGround.DELIBERATION, "率直な意見の交換が損なわれるおそれがあるため")));
    assertThat(decision.title()).isEqualTo("部分開示決定通知書");
    String text = PdfText.body(LETTERS.disclosureDecision(decision));
    hasHead(text, "部分開示決定通知書");
    hasRemedies(text);
    assertThat(text).contains("保有個人情報の一部を開示することと決定しました", "開示しない部分及び開示しない理由",
        "接種を行った医師の氏名", "個人情報の保護に関する法律第78条第1項第2号", "開示請求者以外の個人を識別できるため",
        "第78条第1項第6号", "率直な意見の交換が損なわれるおそれがあるため");
  }

  @ParameterizedTest
  @EnumSource(Reason.class)
  void nonDisclosureSaysWhy(Reason reason) {
    List<WithheldItem> withheld = reason == Reason.WITHHELD_IN_FULL
        ? List.of(new WithheldItem("記録の全部", WithholdingGround.REQUESTER_LIFE_OR_PROPERTY, "請求者の生命等を害するおそれがあるため"))
        : List.of();
    String text = PdfText.body(LETTERS.nonDisclosureDecision(new NonDisclosureDecision(HEAD, request(RequestKind.DISCLOSURE),
        reason, withheld, "当市は令和3年度以前の当該記録を保有していません。")));
    hasHead(text, "不開示決定通知書");
    hasRemedies(text);
    assertThat(text).contains("開示をしないことと決定しました", "第82条第2項の規定により通知します", "開示をしない理由");
    switch (reason) {
      case WITHHELD_IN_FULL -> assertThat(text).contains("第78条第1項第1号", "請求者の生命等を害するおそれがあるため");
      case NOT_HELD -> assertThat(text).contains("保有していないため（不存在）", "当市は令和3年度以前の当該記録を保有していません");
      case EXISTENCE_NEITHER_CONFIRMED_NOR_DENIED -> assertThat(text).contains("同法第81条の規定により", "存否を明らかにしないで");
      case REQUEST_NOT_AMENDED -> assertThat(text).contains("同法第77条第3項の規定により補正を求めましたが");
      default -> throw new IllegalArgumentException("no expectation for " + reason);
    }
  }

  @Test
  void aNonDisclosureWithholdingAllNamesItsGrounds() {
    assertThatThrownBy(() -> new NonDisclosureDecision(HEAD, request(RequestKind.DISCLOSURE), Reason.WITHHELD_IN_FULL,
        List.of(), "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DisclosureDecision(HEAD, request(RequestKind.CORRECTION), "x", arrangements(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void correctionGrantedInFullInPartAndRefused() {
    CorrectionItem date = new CorrectionItem("2回目の接種日", "2021-07-01", "2021-07-08", true, null);
    CorrectionItem lot = new CorrectionItem("2回目のロット番号", "FF1234", "FF1243", false, "接種医療機関の記録によりFF1234が正しいと確認したため");
    CorrectionDecision full = new CorrectionDecision(HEAD, request(RequestKind.CORRECTION), List.of(date),
        "当該記録の提供先である宇部市に、訂正した旨を通知しました。");
    String granted = PdfText.body(LETTERS.correctionDecision(full));
    hasHead(granted, "訂正決定通知書");
    hasRemedies(granted);
    assertThat(granted).contains("訂正をすることと決定しました", "第93条第1項", "訂正の内容", "2021-07-01", "2021-07-08",
        "提供先への通知（同法第97条）", "宇部市").doesNotContain("訂正しない旨");

    String partly = PdfText.body(LETTERS.correctionDecision(new CorrectionDecision(HEAD, request(RequestKind.CORRECTION),
        List.of(date, lot), null)));
    assertThat(partly).contains("訂正決定通知書", "一部について訂正をすることと決定しました", "第93条第1項",
        "訂正をしない部分及びその理由", "FF1243", "FF1234が正しいと確認したため");

    CorrectionDecision none = new CorrectionDecision(HEAD, request(RequestKind.CORRECTION), List.of(lot), null);
    assertThat(none.outcome()).isEqualTo(DecisionOutcome.REFUSED);
    String refused = PdfText.body(LETTERS.correctionDecision(none));
    hasHead(refused, "訂正しない旨の決定通知書");
    hasRemedies(refused);
    assertThat(refused).contains("訂正をしないことと決定しました", "第93条第2項", "訂正をしない理由").doesNotContain("訂正の内容");
    assertThatThrownBy(() -> new CorrectionItem("x", "a", "b", false, " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
      "STOP_PROVISION, GRANTED, 利用停止決定通知書, 第101条第1項, 第98条第1項第2号",
      "STOP_USE, PARTLY_GRANTED, 利用停止決定通知書, 第101条第1項, 第98条第1項第1号",
      "ERASE, REFUSED, 利用停止をしない旨の決定通知書, 第101条第2項, 第98条第1項第1号"})
  void suspensionDecisions(Measure measure, DecisionOutcome outcome, String title, String article, String ground) {
    List<MeasureDecision> measures = new ArrayList<>();
    measures.add(new MeasureDecision(measure, outcome != DecisionOutcome.REFUSED,
        "転出先市区町村からの照会に対する接種記録の提供", outcome == DecisionOutcome.REFUSED ? "法令に基づく提供であり違反はないため" : null));
    if (outcome == DecisionOutcome.PARTLY_GRANTED) {
      measures.add(new MeasureDecision(Measure.ERASE, false, "接種記録の消去", "法令に基づく保有であり違反はないため"));
    }
    SuspensionDecision decision = new SuspensionDecision(HEAD, request(RequestKind.SUSPENSION),
        "転出先への提供に同意していないため", measures);
    assertThat(decision.outcome()).isEqualTo(outcome);
    assertThat(decision.title()).isEqualTo(title);
    String text = PdfText.body(LETTERS.suspensionDecision(decision));
    hasHead(text, title);
    hasRemedies(text);
    assertThat(text).contains(article + "の規定により通知します", measure.label() + "（同法" + ground + "）",
        "転出先への提供に同意していないため", "転出先市区町村からの照会に対する接種記録の提供");
    if (outcome == DecisionOutcome.GRANTED) {
      assertThat(text).contains("利用停止をする").doesNotContain("利用停止をしない");
    } else if (outcome == DecisionOutcome.PARTLY_GRANTED) {
      assertThat(text).contains("一部について利用停止", "消去（同法第98条第1項第1号）", "利用停止をしない",
          "法令に基づく保有であり違反はないため");
    } else {
      assertThat(text).contains("利用停止をしない", "法令に基づく提供であり違反はないため");
    }
    assertThatThrownBy(() -> new MeasureDecision(measure, false, "x", " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void disclosedInformationListsEveryItemWithItsSourceAsPdfAndCsv() throws Exception {
    List<DisclosedItem> items = new ArrayList<>();
    items.add(new DisclosedItem("基本情報", "氏名", "髙橋 花子", "予防接種台帳（健康管理システムからの取込）"));
    items.add(new DisclosedItem("基本情報", "個人番号", "********0001", "予防接種台帳"));
    items.add(new DisclosedItem("予防接種記録（1回目）", "接種日", "2021-06-01", "予防接種台帳"));
    items.add(new DisclosedItem("予防接種記録（1回目）", "ワクチン", "=HYPERLINK(\"http://x\")", "VRS（宇部市からの提供、2022-04-01）"));
    for (int i = 0; i < 80; i++) {
      items.add(new DisclosedItem("提供の記録", "照会" + i, "宇部市からの照会に提供", "情報提供等の記録"));
    }
    DisclosedInformation information = new DisclosedInformation(HOFU, request(RequestKind.DISCLOSURE), LocalDate.of(2026, 12, 6),
        items, "接種を行った医師の氏名（第78条第1項第2号）");

    byte[] pdf = LETTERS.disclosedInformationPdf(information);
    String text = PdfText.body(pdf);
    assertThat(text).contains("開示する保有個人情報", "請求番号PI-2026-000123", "令和8年12月6日", "髙橋花子",
        "予防接種台帳（健康管理システムからの取込）", "VRS（宇部市からの提供、2022-04-01）", "照会79", "開示しない部分：接種を行った医師の氏名");
    assertThat(PdfText.joined(pdf)).contains("防府市開示する保有個人情報請求番号PI-2026-000123");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      assertThat(PdfText.joined(pdf)).contains("1/" + document.getNumberOfPages());
    }

    String csv = LETTERS.disclosedInformationCsv(information);
    assertThat(csv).startsWith("区分,項目,内容,出典\r\n基本情報,氏名,髙橋 花子,予防接種台帳（健康管理システムからの取込）\r\n");
    assertThat(csv).contains("予防接種記録（1回目）,ワクチン,\"'=HYPERLINK(\"\"http://x\"\")\",")
        .doesNotContain(",=HYPERLINK");
    assertThat(csv.split("\r\n")).hasSize(1 + items.size());
  }

  @Test
  void longLettersContinueOnNumberedPagesThatNameTheRequest() throws Exception {
    List<WithheldItem> withheld = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      withheld.add(new WithheldItem("第" + i + "葉の記載のうち第三者の氏名", WithholdingGround.OTHER_INDIVIDUAL,
          "開示請求者以外の特定の個人を識別することができる情報であり、同号ただし書のいずれにも該当しないため"));
    }
    byte[] pdf = LETTERS.disclosureDecision(new DisclosureDecision(HEAD, request(RequestKind.DISCLOSURE), "予防接種の記録の管理",
        arrangements(), withheld));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(2);
      String text = PdfText.body(pdf);
      assertThat(text).contains("(40)第39葉の記載のうち第三者の氏名", "根拠規定個人情報の保護に関する法律第78条第1項第2号", "教示");
      for (int page = 1; page <= pages; page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(document)).contains("部分開示決定通知書　請求番号 PI-2026-000123", page + " / " + pages);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"2026-12-06, 令和8年12月6日", "2019-05-01, 令和元年5月1日", "2019-04-30, 平成31年4月30日", "1989-01-08, 平成元年1月8日"})
  void datesAreWrittenInTheJapaneseEra(LocalDate date, String written) {
    assertThat(JapaneseDates.format(date)).isEqualTo(written);
  }

  private static Arrangements arrangements() {
    return new Arrangements("写しの交付（郵送）", "令和8年12月20日以降、写しを郵送します。", "写し1枚につき10円及び郵送料");
  }
}
