package jp.vaccinationoffice.caseserver.staffscreens;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.api.FieldProblems;
import jp.vaccinationoffice.caseserver.cases.ReceptionNumbers;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests.Outcome;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest;
import jp.vaccinationoffice.caseserver.personalinfo.RequestIntake;
import jp.vaccinationoffice.caseserver.personalinfo.RequestReceipt;
import jp.vaccinationoffice.caseserver.taskpanel.CaseWords;
import jp.vaccinationoffice.caseserver.taskpanel.JapaneseDates;
import jp.vaccinationoffice.caseserver.taskpanel.RequestWords;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jp.vaccinationoffice.common.OfficeTime;

/**
 * The counter's intake of a request for disclosure, correction or suspension of use (開示・訂正・
 * 利用停止請求), sent to the same intake service as {@code POST /api/personal-information-requests}.
 * A refused item is shown next to its field; a My Number typed for the person is never sent back,
 * only its masked form. The form carries an idempotency key, so a double click files one request.
 * The answer names the request's number and its statutory deadline.
 */
@Controller
@PreAuthorize("hasRole('CLERKS')")
class RequestIntakeScreen {

  private static final String FORM = "staff/request-intake";

  private static final Map<String, String[]> FIELDS = IntakeScreens.fields(
      "type", "type-DISCLOSURE", "請求の種類",
      "channel", "channel-COUNTER", "受付の方法",
      "receivedOn", "receivedOn", "受付日",
      "requester", "relationship-SELF", "請求者",
      "requester.relationship", "relationship-SELF", "本人との関係",
      "requester.familyName", "requesterFamilyName", "請求者の氏",
      "requester.givenName", "requesterGivenName", "請求者の名",
      "requester.familyNameKana", "requesterFamilyNameKana", "請求者の氏（カナ）",
      "requester.givenNameKana", "requesterGivenNameKana", "請求者の名（カナ）",
      "requester.birthDate", "requesterBirthDate", "請求者の生年月日",
      "requester.address", "requesterAddress", "請求者の住所",
      "requester.phone", "requesterPhone", "請求者の電話番号",
      "subjectBy", "subjectBy-MY_NUMBER", "本人を特定する方法",
      "subject", "subjectBy-MY_NUMBER", "本人",
      "subject.myNumber", "subjectMyNumber", "本人の個人番号",
      "subject.familyName", "subjectFamilyName", "本人の氏",
      "subject.givenName", "subjectGivenName", "本人の名",
      "subject.birthDate", "subjectBirthDate", "本人の生年月日",
      "subject.sex", "subjectSex-MALE", "本人の性別",
      "subject.address", "subjectAddress", "本人の住所",
      "disclosure", "disclosureRecords-VACCINATION_RECORDS", "開示請求の内容",
      "disclosure.records", "disclosureRecords-VACCINATION_RECORDS", "開示を求める記録",
      "disclosure.method", "disclosureMethod-PAPER_COPY", "開示の実施方法",
      "correction", "correctionDose-0", "訂正請求の内容",
      "correction.records", "correctionDose-0", "訂正を求める内容",
      "correction.reason", "correctionReason", "訂正を求める理由",
      "suspension", "suspensionMeasure", "利用停止請求の内容",
      "suspension.measure", "suspensionMeasure", "求める措置",
      "suspension.ground", "suspensionGround", "請求の理由");

  private final RequestIntake intake;

  RequestIntakeScreen(RequestIntake intake) {
    this.intake = intake;
  }

  @InitBinder("form")
  void onlyTheFormsFields(WebDataBinder binder) {
    binder.setAllowedFields("idempotencyKey", "type", "channel", "receivedOn", "relationship", "requesterFamilyName",
        "requesterGivenName", "requesterFamilyNameKana", "requesterGivenNameKana", "requesterBirthDate",
        "requesterAddress", "requesterPhone", "subjectBy", "subjectMyNumber", "subjectFamilyName", "subjectGivenName",
        "subjectBirthDate", "subjectSex", "subjectAddress", "disclosureRecords", "disclosureMethod", "correctionDose",
        "correctionItem", "correctionValue", "correctionReason", "suspensionMeasure", "suspensionGround");
  }

  @GetMapping("/staff/personal-information-requests/new")
  String empty(Model model) {
    RequestIntakeForm form = new RequestIntakeForm();
    form.setIdempotencyKey(UUID.randomUUID().toString());
    form.setType("DISCLOSURE");
    form.setChannel("COUNTER");
    form.setReceivedOn(LocalDate.now(OfficeTime.ZONE).toString());
    form.setRelationship("SELF");
    form.setSubjectBy("MY_NUMBER");
    return show(model, form, Map.of(), null);
  }

  @PostMapping("/staff/personal-information-requests")
  String receive(@ModelAttribute("form") RequestIntakeForm form, Model model, HttpServletRequest http,
      RedirectAttributes redirect) {
    FieldProblems unreadable = new FieldProblems();
    PersonalInformationRequest request = form.toRequest(unreadable);
    try {
      unreadable.throwIfAny();
      Outcome<RequestReceipt> outcome = intake.receive(request, form.getIdempotencyKey(), CurrentStaff.get(),
          http.getRemoteAddr());
      RequestReceipt receipt = outcome.answer();
      redirect.addFlashAttribute("replayed", outcome.replayed());
      redirect.addFlashAttribute("receptionNumber", ReceptionNumbers.of(receipt.requestId()));
      redirect.addFlashAttribute("typeWord", RequestWords.of(RequestWords.TYPES, request.type()));
      redirect.addFlashAttribute("statusWord", CaseWords.status(receipt.status()));
      redirect.addFlashAttribute("receivedOn", JapaneseDates.day(request.receivedOn()));
      redirect.addFlashAttribute("deadline", JapaneseDates.day(receipt.deadline()));
      redirect.addFlashAttribute("maskedMyNumber", IntakeScreens.maskedIfValid(request.subject().myNumber()));
      return "redirect:/staff/personal-information-requests/received";
    } catch (ApiException refused) {
      Map<String, String> errors = new LinkedHashMap<>();
      unreadable.list().forEach(problem -> errors.putIfAbsent(problem.field(), problem.message()));
      IntakeScreens.errorsOf(refused).forEach(errors::putIfAbsent);
      model.addAttribute("typedMyNumber", IntakeScreens.maskedIfValid(form.getSubjectMyNumber()));
      form.setSubjectMyNumber(null);
      return show(model, form, errors, errors.isEmpty() ? generalMessage(refused) : null);
    }
  }

  @GetMapping("/staff/personal-information-requests/received")
  String received(Model model) {
    return model.containsAttribute("receptionNumber") ? "staff/request-received"
        : "redirect:/staff/personal-information-requests/new";
  }

  private String show(Model model, RequestIntakeForm form, Map<String, String> errors, String general) {
    model.addAttribute("form", form);
    IntakeScreens.showErrors(model, errors, FIELDS, general);
    model.addAttribute("types", RequestWords.TYPES);
    model.addAttribute("channels", RequestWords.PAPER_CHANNELS);
    model.addAttribute("relationships", RequestWords.RELATIONSHIPS);
    model.addAttribute("records", RequestWords.RECORDS);
    model.addAttribute("methods", RequestWords.METHODS);
    model.addAttribute("doseItems", RequestWords.DOSE_ITEMS);
    model.addAttribute("measures", RequestWords.MEASURES);
    model.addAttribute("grounds", RequestWords.GROUNDS);
    model.addAttribute("correctionRows", java.util.stream.IntStream.range(0, RequestIntakeForm.CORRECTION_ROWS)
        .boxed().toList());
    return FORM;
  }

  private static String generalMessage(ApiException refused) {
    return refused.status() == HttpStatus.CONFLICT ? IntakeScreens.sentAgain(refused)
        : "受け付けられませんでした。画面を開き直して、最初から入力してください。";
  }
}
