package jp.vaccinationoffice.workers.personalinfo;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Revokes the certificates issued from doses a correction changed. */
@Component
@ExternalTaskTopic("certificate-revoke-corrected-doses")
public class CertificateRevokeCorrectedDosesWorker implements CaseWorker {

  private final PersonalInformationRequestSteps requests;

  public CertificateRevokeCorrectedDosesWorker(PersonalInformationRequestSteps requests) {
    this.requests = requests;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    requests.revokeCertificates(task.caseId(), EffectKeys.of(task));
    return Map.of();
  }
}
