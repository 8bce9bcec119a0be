package jp.vaccinationoffice.workers.certificates;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/** Records the notice that this municipality certifies no dose, naming where to apply instead. */
@Component
@ExternalTaskTopic(value = "notice-record-no-doses", variables = "applyToMunicipalityCode")
public class NoticeRecordNoDosesWorker implements CaseWorker {

  private final CertificateCaseStore cases;

  public NoticeRecordNoDosesWorker(CertificateCaseStore cases) {
    this.cases = cases;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    cases.recordNoDosesNotice(task.caseId(), task.variable("applyToMunicipalityCode"));
    return Map.of();
  }
}
