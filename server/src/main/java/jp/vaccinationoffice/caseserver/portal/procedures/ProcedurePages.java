package jp.vaccinationoffice.caseserver.portal.procedures;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.portal.session.ResidentPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The procedures a signed-in resident files: choose one, fill in its form, confirm, receive the
 * receipt. Every step is a plain form post (no script); the form carries its idempotency key from
 * the first page to the last, so a second click on 申請する files nothing more. Each step writes
 * an access-log row.
 */
@Controller
class ProcedurePages {

  private static final String BASE = "/portal/procedures";
  private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy年M月d日（E）", Locale.JAPANESE);

  private final ResidentProcedures procedures;
  private final LinkedPerson linkedPerson;
  private final ProcedureReceipts receipts;
  private final AccessLog accessLog;

  ProcedurePages(ResidentProcedures procedures, LinkedPerson linkedPerson, ProcedureReceipts receipts,
      AccessLog accessLog) {
    this.procedures = procedures;
    this.linkedPerson = linkedPerson;
    this.receipts = receipts;
    this.accessLog = accessLog;
  }

  /** Binds only the fields of the procedure the address names. */
  @InitBinder("form")
  void onlyTheProceduresFields(WebDataBinder binder, HttpServletRequest request) {
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    String slug = variables instanceof Map<?, ?> map ? String.valueOf(map.get("procedure")) : "";
    binder.setAllowedFields(Procedure.ofSlug(slug).map(Procedure::allowedFields).orElse(new String[0]));
  }

  @GetMapping({BASE, BASE + "/"})
  String choose(@AuthenticationPrincipal ResidentPrincipal resident, Model model, HttpServletRequest http) {
    log(resident, AccessAction.READ, "RESIDENT_ACCOUNT", resident.residentId(), "portal:procedures", http);
    model.addAttribute("procedures", Procedure.values());
    return "portal/procedures/choose";
  }

  @GetMapping(BASE + "/{procedure}")
  String empty(@PathVariable String procedure, @AuthenticationPrincipal ResidentPrincipal resident, Model model,
      HttpServletRequest http) {
    ProcedureForm form = new ProcedureForm();
    form.setIdempotencyKey(UUID.randomUUID().toString());
    return form(procedure(procedure), resident, form, Map.of(), model, http);
  }

  /** 入力内容を修正する on the confirmation page: the form again, as typed. */
  @PostMapping(BASE + "/{procedure}/edit")
  String edit(@PathVariable String procedure, @ModelAttribute("form") ProcedureForm form,
      @AuthenticationPrincipal ResidentPrincipal resident, Model model, HttpServletRequest http) {
    return form(procedure(procedure), resident, keyed(form), Map.of(), model, http);
  }

  @PostMapping(BASE + "/{procedure}/confirm")
  String confirm(@PathVariable String procedure, @ModelAttribute("form") ProcedureForm form,
      @AuthenticationPrincipal ResidentPrincipal resident, Model model, HttpServletRequest http) {
    Procedure chosen = procedure(procedure);
    LinkedPerson.Person person = person(resident);
    log(resident, AccessAction.READ, "RESIDENT_ACCOUNT", resident.residentId(),
        "portal:procedure:" + chosen.slug() + ":confirm", http);
    try {
      procedures.check(resident, person, chosen, keyed(form));
    } catch (ResidentProcedures.Refused refused) {
      return show(chosen, person, form, refused.errors(), model, "portal/procedures/form");
    }
    return show(chosen, person, form, Map.of(), model, "portal/procedures/confirm");
  }

  @PostMapping(BASE + "/{procedure}")
  String file(@PathVariable String procedure, @ModelAttribute("form") ProcedureForm form,
      @AuthenticationPrincipal ResidentPrincipal resident, Model model, HttpServletRequest http) {
    Procedure chosen = procedure(procedure);
    LinkedPerson.Person person = person(resident);
    try {
      ResidentProcedures.Filed filed = procedures.file(resident, person, chosen, keyed(form), http.getRemoteAddr());
      return "redirect:" + BASE + "/receipts/" + filed.requestId();
    } catch (ResidentProcedures.Refused refused) {
      log(resident, AccessAction.REFUSE, "RESIDENT_ACCOUNT", resident.residentId(),
          "portal:procedure:" + chosen.slug() + ":refused", http);
      return show(chosen, person, form, refused.errors(), model, "portal/procedures/form");
    }
  }

  @GetMapping(BASE + "/receipts/{requestId}")
  String receipt(@PathVariable String requestId, @AuthenticationPrincipal ResidentPrincipal resident, Model model,
      HttpServletRequest http) {
    ProcedureReceipts.Receipt receipt = receipts.find(resident.municipalityCode(), person(resident), requestId)
        .orElseThrow(() -> {
          log(resident, AccessAction.REFUSE, "RESIDENT_ACCOUNT", resident.residentId(), "portal:receipt:not-own", http);
          return new ResponseStatusException(HttpStatus.NOT_FOUND);
        });
    log(resident, AccessAction.READ, receipt.procedure().certificate() ? "CERTIFICATE_REQUEST"
        : "PERSONAL_INFORMATION_REQUEST", receipt.requestId(), "portal:receipt", http);
    model.addAttribute("receipt", receipt);
    model.addAttribute("procedure", receipt.procedure());
    model.addAttribute("deadline", receipt.deadline() == null ? null : DEADLINE.format(receipt.deadline()));
    return "portal/procedures/receipt";
  }

  private String form(Procedure procedure, ResidentPrincipal resident, ProcedureForm form, Map<String, String> errors,
      Model model, HttpServletRequest http) {
    LinkedPerson.Person person = person(resident);
    log(resident, AccessAction.READ, "RESIDENT_ACCOUNT", resident.residentId(),
        "portal:procedure:" + procedure.slug() + ":form", http);
    return show(procedure, person, form, errors, model, "portal/procedures/form");
  }

  private static String show(Procedure procedure, LinkedPerson.Person person, ProcedureForm form,
      Map<String, String> errors, Model model, String view) {
    model.addAttribute("procedure", procedure);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("holderName", person.name());
    model.addAttribute("holderBirthDate", person.birthDate());
    model.addAttribute("doses", person.doses());
    model.addAttribute("choices", ProcedureChoices.INSTANCE);
    return view;
  }

  /** A form posted without its key (crafted, or its page was kept too long) gets a fresh one. */
  private static ProcedureForm keyed(ProcedureForm form) {
    if (form.getIdempotencyKey() == null || form.getIdempotencyKey().isBlank()) {
      form.setIdempotencyKey(UUID.randomUUID().toString());
    }
    return form;
  }

  private LinkedPerson.Person person(ResidentPrincipal resident) {
    return linkedPerson.of(resident).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
  }

  private static Procedure procedure(String slug) {
    return Procedure.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private void log(ResidentPrincipal resident, AccessAction action, String subjectType, String subjectId,
      String justification, HttpServletRequest http) {
    accessLog.record(new AccessEntry(ResidentProcedures.actor(resident), resident.municipalityCode(), action,
        subjectType, subjectId, justification, http.getRemoteAddr()));
  }
}
