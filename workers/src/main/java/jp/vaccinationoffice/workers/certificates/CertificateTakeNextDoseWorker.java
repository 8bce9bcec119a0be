package jp.vaccinationoffice.workers.certificates;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/**
 * Puts the next dose without a vaccine code before the {@code vaccine-code} decision: its maker and
 * product name (no personal data), or {@code doseToCode = false} when every dose is coded.
 */
@Component
@ExternalTaskTopic("certificate-take-next-dose")
public class CertificateTakeNextDoseWorker implements CaseWorker {

  private final CertificateCaseStore cases;

  public CertificateTakeNextDoseWorker(CertificateCaseStore cases) {
    this.cases = cases;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    return cases.nextUncodedDose(task.caseId())
        .<Map<String, Object>>map(dose -> Map.of(
            "doseToCode", true,
            "doseNumber", dose.doseNumber(),
            "manufacturer", dose.manufacturer(),
            "product", dose.product()))
        .orElse(Map.of("doseToCode", false));
  }
}
