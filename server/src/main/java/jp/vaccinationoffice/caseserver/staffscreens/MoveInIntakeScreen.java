package jp.vaccinationoffice.caseserver.staffscreens;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.api.FieldProblems;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests.Outcome;
import jp.vaccinationoffice.caseserver.movein.MoveInIntake;
import jp.vaccinationoffice.caseserver.movein.MoveInReceipt;
import jp.vaccinationoffice.caseserver.movein.MoveInRequest;
import jp.vaccinationoffice.common.Municipalities;
import jp.vaccinationoffice.common.MyNumber;
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

/**
 * The counter's intake of a move-in record query: the resident's details, the My Number and the
 * consent form, sent to the same intake service as {@code POST /api/move-in-queries}. A refused
 * item is shown next to its field; the My Number typed is never sent back to the browser, only its
 * masked form. The form carries an idempotency key, so a double click opens one case.
 */
@Controller
@PreAuthorize("hasRole('CLERKS')")
class MoveInIntakeScreen {

  private static final String FORM = "staff/move-in-intake";

  /** Each field of the request as the screen names it: the input's id and its label. */
  private static final Map<String, String[]> FIELDS = IntakeScreens.fields(
      "myNumber", "myNumber", "個人番号",
      "resident.familyName", "familyName", "氏（漢字）",
      "resident.givenName", "givenName", "名（漢字）",
      "resident.familyNameKana", "familyNameKana", "氏（カナ）",
      "resident.givenNameKana", "givenNameKana", "名（カナ）",
      "resident.birthDate", "birthDate", "生年月日",
      "resident.sex", "sex-male", "性別",
      "resident.address", "address", "住所",
      "previousMunicipalityCode", "previousMunicipalityCode", "転入前の市区町村",
      "consent.given", "consentGiven", "同意の確認",
      "consent.formReceived", "consentFormReceived", "同意書の受け取り",
      "consent.signedOn", "consentSignedOn", "同意書の署名日");

  private final MoveInIntake intake;

  MoveInIntakeScreen(MoveInIntake intake) {
    this.intake = intake;
  }

  @InitBinder("form")
  void onlyTheFormsFields(WebDataBinder binder) {
    binder.setAllowedFields("idempotencyKey", "previousMunicipalityCode", "myNumber", "familyName", "givenName",
        "familyNameKana", "givenNameKana", "birthDate", "sex", "address", "consentGiven", "consentSignedOn",
        "consentFormReceived");
  }

  @GetMapping("/staff/move-in-queries/new")
  String empty(Model model) {
    MoveInIntakeForm form = new MoveInIntakeForm();
    form.setIdempotencyKey(UUID.randomUUID().toString());
    return show(model, form, Map.of(), null);
  }

  @PostMapping("/staff/move-in-queries")
  String receive(@ModelAttribute("form") MoveInIntakeForm form, Model model, HttpServletRequest http,
      RedirectAttributes redirect) {
    FieldProblems unreadable = new FieldProblems();
    MoveInRequest request = form.toRequest(unreadable);
    try {
      unreadable.throwIfAny();
      Outcome<MoveInReceipt> outcome = intake.receive(request, form.getIdempotencyKey(), CurrentStaff.get(),
          http.getRemoteAddr());
      redirect.addFlashAttribute("receipt", outcome.answer());
      redirect.addFlashAttribute("replayed", outcome.replayed());
      redirect.addFlashAttribute("maskedMyNumber", MyNumber.parse(request.myNumber()).masked());
      redirect.addFlashAttribute("residentName", request.resident().familyName() + " " + request.resident().givenName());
      return "redirect:/staff/move-in-queries/received";
    } catch (ApiException refused) {
      Map<String, String> errors = IntakeScreens.errorsOf(refused);
      String general = errors.isEmpty() ? generalMessage(refused) : null;
      String openCase = refused.status() == HttpStatus.CONFLICT ? (String) refused.properties().get("caseId") : null;
      model.addAttribute("openCaseId", openCase);
      model.addAttribute("typedMyNumber", IntakeScreens.maskedIfValid(form.getMyNumber()));
      form.setMyNumber(null);
      return show(model, form, errors, general);
    }
  }

  @GetMapping("/staff/move-in-queries/received")
  String received(Model model) {
    return model.containsAttribute("receipt") ? "staff/move-in-received" : "redirect:/staff/move-in-queries/new";
  }

  private String show(Model model, MoveInIntakeForm form, Map<String, String> errors, String general) {
    model.addAttribute("form", form);
    IntakeScreens.showErrors(model, errors, FIELDS, general);
    model.addAttribute("municipalities", Municipalities.all());
    return FORM;
  }

  private static String generalMessage(ApiException refused) {
    return switch (refused.status()) {
      case CONFLICT -> refused.properties().containsKey("caseId")
          ? "この住民の転入者照会は、すでに受け付けて処理中です。"
          : "同じ受付が別の内容で送られています。画面を開き直して、最初から入力してください。";
      case FORBIDDEN -> "この操作を行う権限がありません。";
      default -> "受け付けられませんでした。入力内容を確かめてください。";
    };
  }
}
