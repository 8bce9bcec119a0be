package jp.vaccinationoffice.caseserver.consent;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Withdrawal of consent. Before the query it stops the case (message {@code consent-withdrawn});
 * after the query it is recorded and blocks any further use of the consent.
 */
@RestController
class ConsentController {

  static final String WITHDRAWN_MESSAGE = "consent-withdrawn";

  private final Consents consents;
  private final RuntimeService runtimeService;
  private final AccessLog accessLog;

  ConsentController(Consents consents, RuntimeService runtimeService, AccessLog accessLog) {
    this.consents = consents;
    this.runtimeService = runtimeService;
    this.accessLog = accessLog;
  }

  @PostMapping("/api/consents/{consentId}/withdraw")
  @PreAuthorize("hasRole('CLERKS')")
  @Transactional
  Map<String, Object> withdraw(@PathVariable String consentId, HttpServletRequest http) {
    StaffPrincipal clerk = CurrentStaff.get();
    ConsentRecord consent = consents.find(consentId)
        .filter(found -> found.municipalityCode().equals(clerk.municipalityCode()))
        .orElseThrow(() -> ApiException.notFound("consent"));
    ConsentState before = consents.withdraw(consentId, clerk.userId()).orElseThrow();
    if (before == ConsentState.NOT_GIVEN) {
      throw ApiException.conflict("this consent was never given");
    }
    boolean caseStopped = false;
    if (before == ConsentState.RECORDED || before == ConsentState.CONFIRMED) {
      caseStopped = !runtimeService.createMessageCorrelation(WITHDRAWN_MESSAGE)
          .processInstanceBusinessKey(consent.caseId())
          .tenantId(consent.municipalityCode())
          .correlateAllWithResult().isEmpty();
    }
    accessLog.record(new AccessEntry(clerk.userId(), clerk.municipalityCode(), AccessAction.UPDATE, "CONSENT", consentId,
        "case:" + consent.caseId(), http.getRemoteAddr()));
    return Map.of(
        "consentId", consentId,
        "caseId", consent.caseId(),
        "state", ConsentState.WITHDRAWN.name(),
        "stateBefore", before.name(),
        "caseStopped", caseStopped);
  }
}
