package jp.vaccinationoffice.caseserver.taskpanel;

import java.util.List;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.personalinfo.RequestDraftFacts;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.stereotype.Component;

/**
 * The panel of a disclosure, correction or suspension request's task: the request and its deadline,
 * then the parts the draft form names by number: the gathered information item by item (with its
 * source and content), the correction's items, the suspension's measures.
 */
@Component
class RequestPanel {

  private static final List<String> HELD_COLUMNS = List.of("番号", "区分", "記録（出典）", "内容");
  private static final List<String> CORRECTION_COLUMNS = List.of("番号", "接種回", "項目", "訂正後の値");

  private final RequestDraftFacts facts;

  RequestPanel(RequestDraftFacts facts) {
    this.facts = facts;
  }

  void fill(StaffPrincipal staff, String requestId, TaskPanel.Builder panel) {
    RequestDraftFacts.Facts request = facts.of(staff.municipalityCode(), requestId)
        .orElseThrow(() -> ApiException.notFound("personal-information request"));
    panel.section("請求")
        .row("種類", request.type())
        .row("受付日", JapaneseDates.day(request.receivedOn()))
        .row("決定の期限", JapaneseDates.day(request.deadline()));
    if (!request.requestedCorrections().isEmpty()) {
      panel.section("請求項目（訂正を求める内容）").table(CORRECTION_COLUMNS, request.requestedCorrections())
          .note("起案では、この番号で訂正する項目・訂正しない項目を書きます。");
    }
    if (!request.requestedMeasures().isEmpty()) {
      panel.section("請求された措置").row("措置", String.join("、", request.requestedMeasures()))
          .note("一部利用停止では、請求された措置ごとに判断を選びます。");
    }
    panel.section("収集した保有個人情報").table(HELD_COLUMNS, request.heldItems())
        .note(request.heldItems().isEmpty() ? "保有している情報はありません。"
            : "部分開示・不開示の起案では、この番号で不開示とする項目をその根拠の欄に書きます。");
  }
}
