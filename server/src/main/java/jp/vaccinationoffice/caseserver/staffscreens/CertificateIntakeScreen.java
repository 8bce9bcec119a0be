package jp.vaccinationoffice.caseserver.staffscreens;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.accesslog.Justification;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.api.FieldProblems;
import jp.vaccinationoffice.caseserver.cases.ReceptionNumbers;
import jp.vaccinationoffice.caseserver.certificates.CertificateIntake;
import jp.vaccinationoffice.caseserver.certificates.CertificateReceipt;
import jp.vaccinationoffice.caseserver.certificates.CertificateRequest;
import jp.vaccinationoffice.caseserver.certificates.CertificateRequestProgress;
import jp.vaccinationoffice.caseserver.certificates.CertificateStatus;
import jp.vaccinationoffice.caseserver.certificates.IssuedCertificates;
import jp.vaccinationoffice.caseserver.hardening.ErrorPages;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests.Outcome;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import jp.vaccinationoffice.caseserver.taskpanel.CaseWords;
import jp.vaccinationoffice.caseserver.taskpanel.JapaneseDates;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The counter's intake of a certificate request (接種証明書の交付申請, at the counter or by mail),
 * sent to the same intake service as {@code POST /api/certificate-requests}. A refused item is shown
 * next to its field; the My Number is never sent back to the browser, only its masked form. The
 * form carries an idempotency key, so a double click files one request. The request's page shows
 * its status and, once issued, the certificate's PDF.
 */
@Controller
class CertificateIntakeScreen {

  private static final String FORM = "staff/certificate-intake";

  private static final Map<String, String[]> FIELDS = IntakeScreens.fields(
      "channel", "channel-COUNTER", "受付の方法",
      "use", "use-DOMESTIC", "証明書の用途",
      "myNumber", "myNumber", "個人番号",
      "applicant.familyName", "familyName", "氏（漢字）",
      "applicant.givenName", "givenName", "名（漢字）",
      "applicant.familyNameKana", "familyNameKana", "氏（カナ）",
      "applicant.givenNameKana", "givenNameKana", "名（カナ）",
      "applicant.birthDate", "birthDate", "生年月日",
      "applicant.sex", "sex-MALE", "性別",
      "applicant.address", "address", "住所",
      "passport", "passportNumber", "旅券",
      "passport.number", "passportNumber", "旅券番号",
      "passport.nationality", "nationality", "国籍",
      "passport.familyNameRoman", "familyNameRoman", "氏（ローマ字）",
      "passport.givenNameRoman", "givenNameRoman", "名（ローマ字）",
      "passport.otherName", "otherName", "旧姓・別姓・別名",
      "mailTo", "mailPostalCode", "送付先",
      "mailTo.postalCode", "mailPostalCode", "送付先の郵便番号",
      "mailTo.address", "mailAddress", "送付先の住所");

  /** A certificate as the request's page lists it: a status only where it is no longer valid. */
  record CertificateLink(String certificateId, String issuedAt, String status) {}

  private final CertificateIntake intake;
  private final CertificateRequestProgress progress;
  private final IssuedCertificates issued;
  private final AccessLog accessLog;

  CertificateIntakeScreen(CertificateIntake intake, CertificateRequestProgress progress, IssuedCertificates issued,
      AccessLog accessLog) {
    this.intake = intake;
    this.progress = progress;
    this.issued = issued;
    this.accessLog = accessLog;
  }

  @InitBinder("form")
  void onlyTheFormsFields(WebDataBinder binder) {
    binder.setAllowedFields("idempotencyKey", "channel", "use", "myNumber", "familyName", "givenName", "familyNameKana",
        "givenNameKana", "birthDate", "sex", "address", "passportNumber", "nationality", "familyNameRoman",
        "givenNameRoman", "otherName", "mailPostalCode", "mailAddress");
  }

  @GetMapping("/staff/certificate-requests/new")
  @PreAuthorize("hasRole('CLERKS')")
  String empty(Model model) {
    CertificateIntakeForm form = new CertificateIntakeForm();
    form.setIdempotencyKey(UUID.randomUUID().toString());
    form.setChannel("COUNTER");
    form.setUse("DOMESTIC");
    return show(model, form, Map.of(), null);
  }

  @PostMapping("/staff/certificate-requests")
  @PreAuthorize("hasRole('CLERKS')")
  String receive(@ModelAttribute("form") CertificateIntakeForm form, Model model, HttpServletRequest http,
      RedirectAttributes redirect) {
    FieldProblems unreadable = new FieldProblems();
    CertificateRequest request = form.toRequest(unreadable);
    try {
      Outcome<CertificateReceipt> outcome = intake.receive(request, form.getIdempotencyKey(), CurrentStaff.get(),
          http.getRemoteAddr());
      redirect.addFlashAttribute("replayed", outcome.replayed());
      redirect.addFlashAttribute("maskedMyNumber", IntakeScreens.maskedIfValid(form.getMyNumber()));
      redirect.addFlashAttribute("applicantName", request.applicant().familyName() + " " + request.applicant().givenName());
      return "redirect:/staff/certificate-requests/" + outcome.answer().requestId();
    } catch (ApiException refused) {
      Map<String, String> errors = new LinkedHashMap<>();
      unreadable.list().forEach(problem -> errors.putIfAbsent(problem.field(), problem.message()));
      IntakeScreens.errorsOf(refused).forEach(errors::putIfAbsent);
      model.addAttribute("typedMyNumber", IntakeScreens.maskedIfValid(form.getMyNumber()));
      form.setMyNumber(null);
      return show(model, form, errors, errors.isEmpty() ? generalMessage(refused) : null);
    }
  }

  /** The request's status and its certificates; nothing of the person but what the intake just showed. */
  @GetMapping("/staff/certificate-requests/{requestId}")
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  String request(@PathVariable String requestId, Model model) {
    CertificateRequestProgress.Progress shown = progress.of(CurrentStaff.get().municipalityCode(), requestId);
    model.addAttribute("progress", shown);
    model.addAttribute("receptionNumber", ReceptionNumbers.of(requestId));
    model.addAttribute("statusWord", CaseWords.status(shown.status()));
    model.addAttribute("certificates", shown.certificates().stream().map(c -> new CertificateLink(c.certificateId(),
        JapaneseDates.moment(c.issuedAt()), c.status() == CertificateStatus.ISSUED ? null : CaseWords.status(c.status().name())))
        .toList());
    return "staff/certificate-received";
  }

  @GetMapping(path = "/staff/certificate-requests/{requestId}/certificates/{certificateId}.pdf",
      produces = MediaType.APPLICATION_PDF_VALUE)
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS')")
  ResponseEntity<byte[]> pdf(@PathVariable String requestId, @PathVariable String certificateId,
      HttpServletRequest http) {
    StaffPrincipal staff = CurrentStaff.get();
    boolean ofThisRequest = progress.of(staff.municipalityCode(), requestId).certificates().stream()
        .anyMatch(certificate -> certificate.certificateId().equals(certificateId));
    if (!ofThisRequest) {
      throw ApiException.notFound("certificate");
    }
    byte[] pdf = issued.pdf(staff.municipalityCode(), certificateId);
    accessLog.record(new AccessEntry(staff.userId(), staff.municipalityCode(), AccessAction.EXPORT, "CERTIFICATE",
        certificateId, Justification.ofCase(requestId), http.getRemoteAddr()));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "attachment; filename=\"certificate-" + certificateId + ".pdf\"").body(pdf);
  }

  /** A request or certificate of another municipality, or none: the staff screens' own error page. */
  @ExceptionHandler(ApiException.class)
  void refused(ApiException refused, HttpServletResponse response) throws IOException {
    ErrorPages.write(response, "/staff/", refused.status().value());
  }

  private String show(Model model, CertificateIntakeForm form, Map<String, String> errors, String general) {
    model.addAttribute("form", form);
    IntakeScreens.showErrors(model, errors, FIELDS, general);
    return FORM;
  }

  private static String generalMessage(ApiException refused) {
    return switch (refused.status()) {
      case CONFLICT -> refused.properties().containsKey("restriction")
          ? "この方は利用停止請求により個人情報の利用が停止されているため、この市では証明書を交付できません。"
          : IntakeScreens.sentAgain(refused);
      case FORBIDDEN -> "この操作を行う権限がありません。";
      default -> HttpStatus.BAD_REQUEST == refused.status()
          ? "受け付けられませんでした。画面を開き直して、最初から入力してください。"
          : "受け付けられませんでした。入力内容を確かめてください。";
    };
  }
}
