package jp.vaccinationoffice.caseserver.taskpanel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Correction;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.CorrectionItem;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Disclosure;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Suspension;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequests;
import jp.vaccinationoffice.caseserver.personalinfo.RequestForTask;
import jp.vaccinationoffice.caseserver.personalinfo.RequestView;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.operaton.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The panel of a disclosure, correction or suspension request's task: the request, who files it and
 * for whom, what is asked, the deadline and how it was computed; then what the task needs: what to
 * check of the requester (check-request), the information gathered with its sources (drafting and
 * deciding), the draft (the supervisor's decision and the deadline review). An address is withheld
 * while a support measure protects the person.
 */
@Component
class RequestPanel {

  private static final List<String> GATHERED_COLUMNS = List.of("記録", "内容", "出典");
  private static final List<String> CORRECTION_COLUMNS = List.of("番号", "接種回", "項目", "訂正後の内容");

  private final PersonalInformationRequests requests;

  RequestPanel(PersonalInformationRequests requests) {
    this.requests = requests;
  }

  void fill(StaffPrincipal staff, String requestId, Task task, TaskPanel.Builder panel) {
    RequestForTask request = requests.forTask(requestId, staff);
    RequestView view = request.view();
    boolean self = "SELF".equals(view.requester().relationship());
    panel.section("請求")
        .row("種類", RequestWords.of(RequestWords.TYPES, view.type()))
        .row("受付の方法", RequestWords.of(RequestWords.CHANNELS, view.channel()))
        .row("受付日", JapaneseDates.day(view.receivedOn()))
        .row("状態", CaseWords.status(view.status()));
    RequestView.Requester requester = view.requester();
    panel.section("請求者")
        .row("本人との関係", RequestWords.of(RequestWords.RELATIONSHIPS, requester.relationship()))
        .row("氏名", requester.familyName() + "　" + requester.givenName())
        .row("フリガナ", requester.familyNameKana() + "　" + requester.givenNameKana())
        .row("生年月日", JapaneseDates.birthDate(requester.birthDate()))
        .row("住所", self && request.supportMeasure() ? CertificatePanel.WITHHELD_ADDRESS : requester.address())
        .row("電話番号", requester.phone());
    subject(view.subject(), request.supportMeasure(), panel);
    asked(view.details(), panel);
    deadline(view, panel);
    switch (task.getTaskDefinitionKey()) {
      case "check-request" -> requesterChecks(requester.relationship(), panel);
      case "draft-decision" -> gathered(request, panel);
      case "decide-request", "note-approaching-deadline" -> {
        draft(view.decision(), panel);
        gathered(request, panel);
      }
      default -> { }
    }
    panel.section("経過").table(CaseHistory.COLUMNS, view.history().stream()
        .map(step -> List.of(JapaneseDates.moment(step.at()), CaseWords.step(step.step()), CaseHistory.actor(step.actor())))
        .toList());
  }

  private static void subject(RequestView.Subject subject, boolean supportMeasure, TaskPanel.Builder panel) {
    panel.section("本人（請求に係る保有個人情報の本人）");
    if (subject.myNumber() != null) {
      panel.row("特定の方法", "個人番号").row("個人番号", subject.myNumber());
    } else {
      panel.row("特定の方法", "基本4情報")
          .row("氏名", subject.familyName() + "　" + subject.givenName())
          .row("生年月日", JapaneseDates.birthDate(subject.birthDate()))
          .row("性別", CaseWords.sex(subject.sex()))
          .row("住所", supportMeasure ? CertificatePanel.WITHHELD_ADDRESS : subject.address());
    }
    if (supportMeasure) {
      panel.note("本人は住民基本台帳の支援措置（DV・ストーカー行為等の被害者の保護）の対象です。住所を請求者以外に伝えないでください。");
    }
  }

  private static void asked(Object details, TaskPanel.Builder panel) {
    panel.section("請求の内容");
    if (details instanceof Disclosure disclosure) {
      panel.row("開示を求める記録", disclosure.records().stream()
              .map(code -> RequestWords.of(RequestWords.RECORDS, code)).collect(Collectors.joining("、")))
          .row("開示の実施方法", RequestWords.of(RequestWords.METHODS, disclosure.method()));
    } else if (details instanceof Correction correction) {
      List<List<String>> rows = new ArrayList<>();
      for (int i = 0; i < correction.records().size(); i++) {
        CorrectionItem item = correction.records().get(i);
        rows.add(List.of(String.valueOf(i + 1), item.reference() + "回目",
            RequestWords.of(RequestWords.DOSE_ITEMS, item.item()), item.requestedValue()));
      }
      panel.row("訂正を求める理由", correction.reason()).table(CORRECTION_COLUMNS, rows);
    } else if (details instanceof Suspension suspension) {
      panel.row("求める措置", RequestWords.of(RequestWords.MEASURES, suspension.measure()))
          .row("請求の理由", RequestWords.of(RequestWords.GROUNDS, suspension.ground()));
    }
  }

  /** The deadline and each part of its computation, as the law counts it. */
  private static void deadline(RequestView view, TaskPanel.Builder panel) {
    RequestView.Deadline clock = view.deadlineComputation();
    panel.section("決定期限")
        .row("決定期限", JapaneseDates.day(view.deadline()) + (view.overdue() ? "（期限を過ぎています）" : ""))
        .row("計算", "受付日（" + JapaneseDates.day(clock.receivedOn()) + "）の翌日から" + clock.days() + "日"
            + (clock.special() ? "（特例: 相当の部分を60日以内に決定）" : ""))
        .row("延長", clock.extensionDays() == null ? "なし"
            : clock.extensionDays() + "日（" + JapaneseDates.day(clock.extendedOn()) + " 通知、理由: " + clock.extensionReason() + "）")
        .row("補正で数えない日数", clock.pausedDays() + "日" + (clock.paused() ? "（補正を待っています）" : ""))
        .row("閉庁日による繰り下げ", clock.closedDaysSkipped().isEmpty() ? "なし"
            : clock.closedDaysSkipped().stream().map(JapaneseDates::day).collect(Collectors.joining("、")));
  }

  private static void requesterChecks(String relationship, TaskPanel.Builder panel) {
    panel.section("形式審査で確かめること")
        .row("請求者の本人確認", "個人番号カード・運転免許証・旅券・在留カードなど（郵送の場合は写しと住民票の写し）")
        .row("代理人の資格", switch (relationship == null ? "" : relationship) {
          case "LEGAL_REPRESENTATIVE" -> "法定代理人: 戸籍謄本など資格を証明する書類（請求の前30日以内に発行されたもの）";
          case "AGENT" -> "任意代理人: 委任状（本人の実印と印鑑登録証明書、又は本人確認書類の写しを添えたもの）";
          default -> "本人による請求のため不要";
        })
        .note("請求書の記載事項（氏名・住所・請求する保有個人情報）に不備があれば、補正を求めてください。");
  }

  private static void draft(RequestView.Decision decision, TaskPanel.Builder panel) {
    panel.section("起案された決定");
    if (decision.decision() == null) {
      panel.row("起案", "まだ起案されていません");
      return;
    }
    panel.row("決定の内容", RequestWords.of(RequestWords.DECISIONS, decision.decision()))
        .row("不開示とする記録", "NONE".equals(decision.withheldKind()) ? null
            : RequestWords.of(RequestWords.RECORDS, decision.withheldKind()))
        .row("不開示の根拠", "NONE".equals(decision.withheldGround()) ? null
            : RequestWords.of(RequestWords.WITHHOLDING_GROUNDS, decision.withheldGround()))
        .row("認める請求項目", decision.grantedItems())
        .row("起案者", decision.draftedBy())
        .note("起案した職員は決定できません。");
  }

  private static void gathered(RequestForTask request, TaskPanel.Builder panel) {
    panel.section("収集した保有個人情報").table(GATHERED_COLUMNS, request.gathered().stream()
        .map(item -> List.of(RequestWords.of(RequestWords.RECORDS, item.recordKind()),
            item.withheldGround() != null ? "不開示（" + RequestWords.of(RequestWords.WITHHOLDING_GROUNDS, item.withheldGround()) + "）"
                : item.content().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("、")),
            item.source() + "（" + item.reference() + "）"))
        .toList());
  }
}
