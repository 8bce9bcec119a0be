package jp.vaccinationoffice.caseserver.letters;

/**
 * The three requests of 個人情報の保護に関する法律 Part V Chapter 4 Section 4 and the articles each
 * letter cites (numbering after the amendment of 令和3年法律第37号, in force for municipalities
 * since 1 April 2023).
 */
public enum RequestKind {

  DISCLOSURE("開示", "開示請求", "開示決定等", "第76条第1項", "第77条第3項", "第83条第1項", "第83条第2項", "第84条",
      "第82条第1項", "第82条第2項"),
  CORRECTION("訂正", "訂正請求", "訂正決定等", "第90条第1項", "第91条第3項", "第94条第1項", "第94条第2項", "第95条",
      "第93条第1項", "第93条第2項"),
  SUSPENSION("利用停止", "利用停止請求", "利用停止決定等", "第98条第1項", "第99条第3項", "第102条第1項", "第102条第2項",
      "第103条", "第101条第1項", "第101条第2項");

  public static final String LAW = "個人情報の保護に関する法律（平成15年法律第57号）";
  public static final String LAW_SHORT = "個人情報の保護に関する法律";

  private final String right;
  private final String request;
  private final String decisions;
  private final String requestArticle;
  private final String amendmentArticle;
  private final String deadlineArticle;
  private final String extensionArticle;
  private final String specialDeadlineArticle;
  private final String grantArticle;
  private final String refusalArticle;

  RequestKind(String right, String request, String decisions, String requestArticle, String amendmentArticle,
      String deadlineArticle, String extensionArticle, String specialDeadlineArticle, String grantArticle,
      String refusalArticle) {
    this.right = right;
    this.request = request;
    this.decisions = decisions;
    this.requestArticle = requestArticle;
    this.amendmentArticle = amendmentArticle;
    this.deadlineArticle = deadlineArticle;
    this.extensionArticle = extensionArticle;
    this.specialDeadlineArticle = specialDeadlineArticle;
    this.grantArticle = grantArticle;
    this.refusalArticle = refusalArticle;
  }

  /** 開示, 訂正, 利用停止. */
  public String right() {
    return right;
  }

  /** 開示請求, 訂正請求, 利用停止請求. */
  public String request() {
    return request;
  }

  /** 開示決定等, 訂正決定等, 利用停止決定等: what the deadline is for. */
  public String decisions() {
    return decisions;
  }

  /** The right to request: 第76条第1項, 第90条第1項, 第98条第1項. */
  public String requestArticle() {
    return requestArticle;
  }

  /** 補正 of a formally defective request: 第77条第3項, 第91条第3項, 第99条第3項. */
  public String amendmentArticle() {
    return amendmentArticle;
  }

  /** 30 days, days of 補正 not counted: 第83条第1項, 第94条第1項, 第102条第1項. */
  public String deadlineArticle() {
    return deadlineArticle;
  }

  /** Extension by up to 30 days with a written notice: 第83条第2項, 第94条第2項, 第102条第2項. */
  public String extensionArticle() {
    return extensionArticle;
  }

  /** The 特例 for very large or long requests: 第84条, 第95条, 第103条. */
  public String specialDeadlineArticle() {
    return specialDeadlineArticle;
  }

  /** The decision to grant, in full or in part: 第82条第1項, 第93条第1項, 第101条第1項. */
  public String grantArticle() {
    return grantArticle;
  }

  /** The decision not to grant: 第82条第2項, 第93条第2項, 第101条第2項. */
  public String refusalArticle() {
    return refusalArticle;
  }
}
