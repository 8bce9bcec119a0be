package jp.vaccinationoffice.caseserver.staffscreens;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.cases.CaseView;
import jp.vaccinationoffice.caseserver.cases.ReceptionNumbers;
import jp.vaccinationoffice.caseserver.personalinfo.RequestView;
import jp.vaccinationoffice.caseserver.provision.ProvisionInquiryViews;
import jp.vaccinationoffice.caseserver.staffscreens.CasePage.Cell;
import jp.vaccinationoffice.caseserver.taskpanel.CaseWords;
import jp.vaccinationoffice.caseserver.taskpanel.JapaneseDates;

/** Each kind of case as its page shows it, in Japanese: the case services' views turned into items and tables. */
final class CasePageContents {

  private static final ScreenWords WORDS = new ScreenWords();
  private static final List<String> STEP_COLUMNS = List.of("日時", "経過", "担当");

  /** A step a case's process went through, as the engine's history names it. */
  record Step(Instant at, String name, String by) {}

  private CasePageContents() {}

  static CasePage provisionInquiry(ProvisionInquiryViews.InquiryView view, List<Step> steps) {
    String status = CaseWords.status(view.status());
    CasePage.Builder page = new CasePage.Builder(view.inquiryId(), CasePages.Kind.PROVISION.label(), status)
        .items("概要")
        .item("照会番号", view.inquiryId())
        .item("状態", status)
        .item("照会元", CaseWords.municipality(view.requestingMunicipalityCode()))
        .item("受信日時", JapaneseDates.moment(view.receivedAt()))
        .item("提供の根拠", CaseWords.legalBasis(view.legalBasis()))
        .item("判定", view.decisionId() == null ? null : view.decisionId() + " 第" + view.decisionVersion() + "版")
        .item("所属長の承認", view.approver() == null ? "なし" : approval(view.approvalDecision()) + "（" + view.approver()
            + "、" + JapaneseDates.moment(view.approvedAt()) + "）")
        .items("本人（予防接種台帳）");
    ProvisionInquiryViews.Person person = view.person();
    if (person == null) {
      page.item("氏名", "台帳に該当する人がいません");
    } else {
      page.item("氏名", person.name()).item("氏名（カナ）", person.nameKana())
          .item("生年月日", JapaneseDates.birthDate(person.birthDate())).item("性別", CaseWords.sex(person.sex()))
          .item("個人番号", person.myNumberMasked()).item("住所", "提供しないため表示しません");
    }
    page.table("台帳の接種記録（提供の対象）", "records", List.of("接種回", "接種日", "ワクチンメーカー", "製品名", "ロット番号"),
        view.doses().stream().map(d -> List.of(Cell.text(d.doseNumber() + "回目"), Cell.text(JapaneseDates.day(d.vaccinatedOn())),
            Cell.text(d.manufacturer()), Cell.text(d.product()), Cell.text(d.lot()))).toList(), "台帳に接種記録はありません。");
    page.table("情報提供等の記録", "provision-records", List.of("記録日時", "結果", "中間サーバーの記録"),
        view.records().stream().map(r -> List.of(Cell.text(JapaneseDates.moment(r.recordedAt())),
            Cell.text(WORDS.provisionOutcome(r.outcome())), Cell.text(r.intermediateRecordId()))).toList(),
        "まだ回答していません。");
    page.table("経過", "history", STEP_COLUMNS, steps.stream().map(s -> List.of(Cell.text(JapaneseDates.moment(s.at())),
        Cell.text(s.name()), Cell.text(s.by()))).toList(), "経過の記録はありません。");
    return page.build();
  }

  private static String approval(String decision) {
    return switch (decision == null ? "" : decision) {
      case "APPROVE" -> "承認";
      case "REJECT" -> "不承認";
      default -> decision;
    };
  }

  static CasePage moveIn(CaseView view) {
    CaseView.Resident resident = view.resident();
    CasePage.Builder page = new CasePage.Builder(view.caseId(), CasePages.Kind.MOVE_IN.label(), CaseWords.status(view.status()))
        .items("概要")
        .item("受付番号", ReceptionNumbers.of(view.caseId()))
        .item("案件ID", view.caseId())
        .item("状態", CaseWords.status(view.status()))
        .item("転入前の市区町村", CaseWords.municipality(view.previousMunicipalityCode()))
        .item("照会の根拠", CaseWords.legalBasis(view.legalBasis()))
        .item("接種券番号", view.ticketNumber() == null ? "未発行" : view.ticketNumber())
        .items("本人")
        .item("氏名", resident.familyName() + " " + resident.givenName())
        .item("氏名（カナ）", resident.familyNameKana() + " " + resident.givenNameKana())
        .item("生年月日", JapaneseDates.birthDate(resident.birthDate()))
        .item("性別", CaseWords.sex(resident.sex()))
        .item("住所", resident.address())
        .item("個人番号", view.myNumber())
        .item("宛名番号", view.addresseeNumber());
    CaseView.Consent consent = view.consent();
    if (consent != null) {
      page.items("同意書（書類）")
          .item("同意の範囲", CaseWords.consentScope(consent.scope()))
          .item("受け付けた方法", CaseWords.consentChannel(consent.channel()))
          .item("署名日", JapaneseDates.day(consent.signedOn()))
          .item("書類", CaseWords.consentEvidence(consent.evidence()))
          .item("同意の状態", CaseWords.consentState(consent.state()));
    }
    page.table("転入前の市区町村の接種記録", "records", List.of("接種回", "接種日", "ワクチンメーカー", "製品名", "ロット番号"),
        view.vaccinationRecords().stream().map(r -> List.of(Cell.text(r.doseNumber() + "回目"),
            Cell.text(JapaneseDates.day(r.date())), Cell.text(r.manufacturer()), Cell.text(r.product()),
            Cell.text(r.lot()))).toList(), "受け取った記録はありません。");
    page.table("判定", "decisions", List.of("日時", "判定表", "版", "結果"),
        view.decisions().stream().map(d -> List.of(Cell.text(JapaneseDates.moment(d.at())), Cell.text(d.decisionId()),
            Cell.text(String.valueOf(d.version())), Cell.text(String.valueOf(d.result())))).toList(), "まだ判定はありません。");
    page.table("経過", "history", STEP_COLUMNS, view.steps().stream().map(s -> List.of(
        Cell.text(JapaneseDates.moment(s.at())), Cell.text(CaseStatusWords.step(s.step())), Cell.text(s.by()))).toList(),
        "経過の記録はありません。");
    return page.build();
  }

  static CasePage personalInformation(RequestView view) {
    RequestView.Requester requester = view.requester();
    RequestView.Subject subject = view.subject();
    String base = "/staff/cases/" + view.requestId();
    CasePage.Builder page = new CasePage.Builder(view.requestId(), CaseStatusWords.requestType(view.type()),
        CaseStatusWords.status(view.status()))
        .items("概要")
        .item("受付番号", ReceptionNumbers.of(view.requestId()))
        .item("案件ID", view.requestId())
        .item("請求の種類", CaseStatusWords.requestType(view.type()))
        .item("状態", CaseStatusWords.status(view.status()))
        .item("受け付けた方法", CaseStatusWords.channel(view.channel()))
        .item("受付日", JapaneseDates.day(view.receivedOn()))
        .item("決定の期限", JapaneseDates.day(view.deadline()) + (view.overdue() ? "（期限を過ぎています）" : ""))
        .item("決定", view.decision() == null || view.decision().decision() == null ? "未決定" : view.decision().decision())
        .items("請求者")
        .item("本人との関係", CaseStatusWords.relationship(requester.relationship()))
        .item("氏名", requester.familyName() + " " + requester.givenName())
        .item("氏名（カナ）", requester.familyNameKana() + " " + requester.givenNameKana())
        .item("生年月日", JapaneseDates.birthDate(requester.birthDate()))
        .item("住所", requester.address())
        .item("電話番号", requester.phone())
        .items("請求の対象者")
        .item("個人番号", subject.myNumber())
        .item("氏名", subject.familyName() == null ? null : subject.familyName() + " " + subject.givenName())
        .item("生年月日", JapaneseDates.birthDate(subject.birthDate()))
        .item("住所", subject.address());
    page.table("通知書（PDF）", "letters", List.of("通知書", "発行日", "回答の期限"),
        view.letters().stream().map(l -> List.of(
            new Cell(CaseStatusWords.letter(l.kind()) + "（PDF）", base + "/letters/" + l.letterId()),
            Cell.text(JapaneseDates.day(l.issuedOn())), Cell.text(JapaneseDates.day(l.answerBy())))).toList(),
        "まだ通知書はありません。");
    page.table("経過", "history", STEP_COLUMNS, view.history().stream().map(s -> List.of(
        Cell.text(JapaneseDates.moment(s.at())), Cell.text(CaseStatusWords.step(s.step())), Cell.text(s.actor()))).toList(),
        "経過の記録はありません。");
    return page.build();
  }

  static CasePage certificateRequest(String caseId, Map<String, Object> view) {
    String status = CaseStatusWords.status((String) view.get("status"));
    CasePage.Builder page = new CasePage.Builder(caseId, CasePages.Kind.CERTIFICATE.label(), status)
        .items("概要")
        .item("受付番号", ReceptionNumbers.of(caseId))
        .item("案件ID", caseId)
        .item("状態", status)
        .item("受け付けた方法", CaseStatusWords.channel((String) view.get("channel")))
        .item("用途", "OVERSEAS".equals(view.get("use")) ? "海外用" : "国内用")
        .item("個人番号", view.get("myNumber"))
        .item("旅券番号", view.get("passportNumber"))
        .item("申請先の市区町村", CaseWords.municipality((String) view.get("applyToMunicipalityCode")));
    page.table("証明する接種", "doses", List.of("接種回", "接種日", "ワクチンメーカー", "製品名", "ロット番号"),
        rows(view, "doses").stream().map(d -> List.of(Cell.text(d.get("doseNumber") + "回目"),
            Cell.text(day(d.get("vaccinatedOn"))), Cell.text((String) d.get("manufacturer")),
            Cell.text((String) d.get("product")), Cell.text((String) d.get("lot")))).toList(), "証明する接種はありません。");
    page.table("接種証明書（PDF）", "certificates", List.of("証明書", "状態", "交付日時"),
        rows(view, "certificates").stream().map(c -> List.of(
            new Cell(c.get("certificateId") + "（PDF）", "/staff/cases/" + caseId + "/certificates/" + c.get("certificateId") + ".pdf"),
            Cell.text(CaseStatusWords.status((String) c.get("status"))),
            Cell.text(JapaneseDates.moment(Instant.parse((String) c.get("issuedAt")))))).toList(), "まだ交付していません。");
    page.table("経過", "history", STEP_COLUMNS, rows(view, "steps").stream().map(s -> List.of(
        Cell.text(moment(s.get("at"))), Cell.text(CaseStatusWords.step((String) s.get("step"))),
        Cell.text((String) s.get("by")))).toList(), "経過の記録はありません。");
    return page.build();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Map<String, Object> view, String name) {
    Object rows = view.get(name);
    return rows instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
  }

  private static String moment(Object value) {
    if (value instanceof Timestamp timestamp) {
      return JapaneseDates.moment(timestamp.toInstant());
    }
    if (value instanceof OffsetDateTime offset) {
      return JapaneseDates.moment(offset.toInstant());
    }
    return value instanceof Instant instant ? JapaneseDates.moment(instant) : value == null ? null : value.toString();
  }

  private static String day(Object value) {
    if (value instanceof java.sql.Date date) {
      return JapaneseDates.day(date.toLocalDate());
    }
    return value instanceof LocalDate date ? JapaneseDates.day(date) : value == null ? null : value.toString();
  }
}
