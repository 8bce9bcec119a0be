package jp.vaccinationoffice.caseserver.taskpanel;

import java.util.List;
import java.util.stream.Collectors;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Correction;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Disclosure;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Suspension;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequests;
import jp.vaccinationoffice.caseserver.personalinfo.RequestDraftFacts;
import jp.vaccinationoffice.caseserver.personalinfo.RequestForTask;
import jp.vaccinationoffice.caseserver.personalinfo.RequestView;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.operaton.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The panel of a disclosure, correction or suspension request's task: the request, who files it and
 * for whom, what is asked, the deadline and how it was computed; then what the task needs: what to
 * check of the requester (check-request), the information gathered item by item with its source and
 * content (drafting and deciding), the draft part by part (the supervisor's decision and the deadline
 * review). The numbers shown (項目N, 請求項目N) are those the draft form names parts with. An address
 * is withheld while a support measure protects the person.
 */
@Component
class RequestPanel {

  private static final List<String> HELD_COLUMNS = List.of("番号", "区分", "記録（出典）", "内容");
  private static final List<String> CORRECTION_COLUMNS = List.of("番号", "接種回", "項目", "訂正後の内容");
  private static final List<String> PART_COLUMNS = List.of("部分", "判断", "理由");

  private final PersonalInformationRequests requests;
  private final RequestDraftFacts draftFacts;

  RequestPanel(PersonalInformationRequests requests, RequestDraftFacts draftFacts) {
    this.requests = requests;
    this.draftFacts = draftFacts;
  }

  void fill(StaffPrincipal staff, String requestId, Task task, TaskPanel.Builder panel) {
    RequestForTask request = requests.forTask(requestId, staff);
    RequestView view = request.view();
    RequestDraftFacts.Facts facts = draftFacts.of(staff.municipalityCode(), requestId)
        .orElseThrow(() -> ApiException.notFound("personal-information request"));
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
    asked(view.details(), facts, panel);
    deadline(view, panel);
    switch (task.getTaskDefinitionKey()) {
      case "check-request" -> requesterChecks(requester.relationship(), panel);
      case "draft-decision" -> gathered(facts, panel);
      case "decide-request", "note-approaching-deadline" -> {
        draft(view.decision(), panel);
        gathered(facts, panel);
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

  private static void asked(Object details, RequestDraftFacts.Facts facts, TaskPanel.Builder panel) {
    panel.section("請求の内容");
    if (details instanceof Disclosure disclosure) {
      panel.row("開示を求める記録", disclosure.records().stream()
              .map(code -> RequestWords.of(RequestWords.RECORDS, code)).collect(Collectors.joining("、")))
          .row("開示の実施方法", RequestWords.of(RequestWords.METHODS, disclosure.method()));
    } else if (details instanceof Correction correction) {
      panel.row("訂正を求める理由", correction.reason()).table(CORRECTION_COLUMNS, facts.requestedCorrections())
          .note("起案では、この番号で訂正する項目・訂正しない項目を書きます。");
    } else if (details instanceof Suspension suspension) {
      panel.row("求める措置", suspension.requested().stream()
              .map(measure -> RequestWords.of(RequestWords.MEASURES, measure)).collect(Collectors.joining("、")))
          .row("請求の理由", RequestWords.of(RequestWords.GROUNDS, suspension.ground()));
      if (suspension.requested().size() > 1) {
        panel.note("一部利用停止では、請求された措置ごとに判断を選びます。");
      }
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
        .row("認める請求項目", decision.grantedItems())
        .row("起案者", decision.draftedBy());
    if (decision.parts() != null && !decision.parts().isEmpty()) {
      panel.table(PART_COLUMNS, decision.parts().stream()
          .map(part -> List.of(part.part().chars().allMatch(Character::isDigit) ? "請求項目" + part.part()
                  : RequestWords.of(RequestWords.MEASURES, part.part()),
              part.granted() ? "認める" : "認めない",
              part.reason() == null ? "" : RequestWords.of(RequestWords.REFUSAL_REASONS, part.reason())))
          .toList());
    }
    panel.note("起案した職員は決定できません。");
  }

  private static void gathered(RequestDraftFacts.Facts facts, TaskPanel.Builder panel) {
    panel.section("収集した保有個人情報").table(HELD_COLUMNS, facts.heldItems())
        .note(facts.heldItems().isEmpty() ? "保有している情報はありません。"
            : "部分開示・不開示の起案では、この番号で不開示とする項目をその根拠の欄に書きます。");
  }
}
