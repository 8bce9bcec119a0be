package jp.vaccinationoffice.workers.provision;

import java.util.Map;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.registry.RegistryGateway;
import jp.vaccinationoffice.workers.gateway.registry.SupportMeasureStatus;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/**
 * Asks the resident registry whether a support measure (DV protection) protects the person, and the
 * case store whether a granted suspension request stopped the provision of their information: the
 * two facts the decision provision-permitted needs about the person.
 */
@Component
@ExternalTaskTopic("registry-check-support-measure")
public class RegistryCheckSupportMeasureWorker implements CaseWorker {

  private final ProvisionCaseStore inquiries;
  private final RegistryGateway registry;

  public RegistryCheckSupportMeasureWorker(ProvisionCaseStore inquiries, RegistryGateway registry) {
    this.inquiries = inquiries;
    this.registry = registry;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    ProvisionSubject subject = inquiries.subject(task.caseId());
    SupportMeasureStatus status = registry.lookUpSupportMeasure(
        CallScope.of(task.caseId(), task.activityId(), task.activityInstanceId()), subject.municipality(), subject.myNumber());
    boolean protectedPerson = Boolean.TRUE.equals(status.supportMeasure());
    inquiries.supportMeasureChecked(task.caseId(), protectedPerson);
    return Map.of("protectionFlag", protectedPerson, "provisionStopped", inquiries.provisionStopped(task.caseId()));
  }
}
