package jp.vaccinationoffice.workers.movein;

import java.util.Map;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.registry.BasicItem;
import jp.vaccinationoffice.workers.gateway.registry.RegistryGateway;
import jp.vaccinationoffice.workers.gateway.registry.ResidentVerification;
import jp.vaccinationoffice.workers.runtime.BpmnErrorCodes;
import jp.vaccinationoffice.workers.runtime.BusinessOutcome;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/**
 * The resident registry confirms that the My Number belongs to a resident of this city with these
 * basic items. A mismatch names the differing items (never the registry's values) for the clerk.
 */
@Component
@BpmnErrorCodes(RegistryConfirmResidentWorker.REGISTRY_MISMATCH)
@ExternalTaskTopic("registry-confirm-resident")
public class RegistryConfirmResidentWorker implements CaseWorker {

  public static final String REGISTRY_MISMATCH = "REGISTRY_MISMATCH";

  private final MoveInCaseStore cases;
  private final RegistryGateway registry;

  public RegistryConfirmResidentWorker(MoveInCaseStore cases, RegistryGateway registry) {
    this.cases = cases;
    this.registry = registry;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    MoveInSubject subject = cases.subject(task.caseId());
    ResidentVerification verification = registry.verifyResident(
        CallScope.of(task.caseId(), task.activityId(), task.activityInstanceId()),
        subject.municipality(), subject.myNumber(), subject.basicItems());
    if (!verification.matched()) {
      String reason = verification.outcome() + (verification.mismatchedItems().isEmpty()
          ? "" : " " + verification.mismatchedItems());
      cases.residentNotConfirmed(task.caseId(), reason);
      throw new BusinessOutcome(REGISTRY_MISMATCH, "resident registry: " + reason, Map.of(
          "registryOutcome", verification.outcome().name(),
          "mismatchedItems", String.join("、", verification.mismatchedItems().stream().map(BasicItem::label).toList())));
    }
    cases.residentConfirmed(task.caseId(), verification.addresseeNumber(), verification.underSupportMeasure());
    return Map.of("protectionFlag", verification.underSupportMeasure());
  }
}
