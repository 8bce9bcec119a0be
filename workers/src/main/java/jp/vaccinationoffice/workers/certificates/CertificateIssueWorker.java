package jp.vaccinationoffice.workers.certificates;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Issues the certificate: its record with 証明書ID and 発行年月日, and the signed SMART Health Card. */
@Component
@ExternalTaskTopic("certificate-issue")
public class CertificateIssueWorker implements CaseWorker {

  private final CertificateCaseStore cases;

  public CertificateIssueWorker(CertificateCaseStore cases) {
    this.cases = cases;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    return Map.of("certificateId", cases.issueCertificate(task.caseId()));
  }
}
