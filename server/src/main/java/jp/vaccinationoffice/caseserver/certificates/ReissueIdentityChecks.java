package jp.vaccinationoffice.caseserver.certificates;

import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.api.ApiException;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.operaton.bpm.engine.DecisionService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * 本人確認 for a reissue (再交付) at the counter. A reissue is a new application of the holder, who
 * again gives the My Number the office looks the doses up by: the clerk confirms the number and the
 * person once more (番号法第16条) with the documents the applicant shows, decided by the same table as
 * the first application ({@code identity-verification}); for a certificate for travel the clerk also
 * compares the passport shown with the one the new certificate will carry. The holder of a lost
 * certificate is not necessarily the one at the counter: without this check, nothing is reissued.
 */
@Component
class ReissueIdentityChecks {

  static final String DECISION = "identity-verification";
  static final List<String> NUMBER_DOCUMENTS = List.of("MY_NUMBER_CARD", "NOTIFICATION_CARD",
      "RESIDENT_RECORD_WITH_NUMBER", "NONE");
  static final List<String> IDENTITY_DOCUMENTS = List.of("MY_NUMBER_CARD", "DRIVERS_LICENSE", "PASSPORT",
      "RESIDENCE_CARD", "TWO_NON_PHOTO_DOCUMENTS", "NONE");
  static final List<String> PASSPORT_CHECKS = List.of("MATCHES", "DIFFERS");

  /** What the clerk saw: the documents shown and, for a certificate for travel, the passport compared. */
  record IdentityCheck(String numberDocument, String identityDocument, String passportCheck) {}

  /** A check that passed, with the decision table and version that decided it ({@code key:version}). */
  record Verified(IdentityCheck check, String decision) {}

  private final DecisionService decisions;
  private final RepositoryService repository;

  ReissueIdentityChecks(DecisionService decisions, RepositoryService repository) {
    this.decisions = decisions;
    this.repository = repository;
  }

  /**
   * The check, validated and decided.
   *
   * @throws ApiException 400 naming the field that is missing or not one of its values; 422 when the
   *     documents do not verify the applicant or the passport shown differs
   */
  Verified verify(CertificateUse use, IdentityCheck check) {
    if (check == null) {
      throw ApiException.badRequest("identityCheck is required: the documents the applicant showed for the reissue"
          + " (本人確認, 番号法第16条): numberDocument, identityDocument and, for OVERSEAS, passportCheck");
    }
    oneOf("identityCheck.numberDocument", check.numberDocument(), NUMBER_DOCUMENTS);
    oneOf("identityCheck.identityDocument", check.identityDocument(), IDENTITY_DOCUMENTS);
    if (use == CertificateUse.OVERSEAS) {
      oneOf("identityCheck.passportCheck", check.passportCheck(), PASSPORT_CHECKS);
    } else if (check.passportCheck() != null && !"NOT_APPLICABLE".equals(check.passportCheck())) {
      throw ApiException.badRequest("identityCheck.passportCheck is only for a certificate for travel (OVERSEAS)");
    }
    DecisionDefinition table = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
        .withoutTenantId().latestVersion().singleResult();
    DmnDecisionResultEntries result = decisions.evaluateDecisionById(table.getId())
        .variables(Map.of("numberDocument", check.numberDocument(), "identityDocument", check.identityDocument()))
        .evaluate().getSingleResult();
    if (!Boolean.TRUE.equals(result.getEntry("verified"))) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "本人確認ができないため再交付できません（番号法第16条）:"
          + " the documents shown do not verify the applicant (" + result.getEntry("reason") + ")")
          .with("reason", result.getEntry("reason"));
    }
    if ("DIFFERS".equals(check.passportCheck())) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "提示された旅券が証明書の旅券関係情報と一致しないため再交付できません:"
          + " the passport shown differs; send the new passport with the reissue").with("reason", "PASSPORT_DIFFERS");
    }
    return new Verified(check, DECISION + ":" + table.getVersion());
  }

  private static void oneOf(String field, String value, List<String> allowed) {
    if (value == null || !allowed.contains(value)) {
      throw ApiException.badRequest(field + " must be one of " + allowed);
    }
  }
}
