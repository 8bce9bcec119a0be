package jp.vaccinationoffice.workers.movein;

import java.util.Map;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.vrs.RecordsQueryResult;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import jp.vaccinationoffice.workers.runtime.BusinessOutcome;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/**
 * Asks VRS for the records held by the previous municipality's partition. Consent is used up
 * before the question is sent, so a withdrawal that comes later cannot undo the query.
 */
@Component
@ExternalTaskTopic("vrs-query-move-in-records")
public class QueryPreviousMunicipalityWorker implements CaseWorker {

  public static final String RECORDS_NOT_FOUND = "RECORDS_NOT_FOUND";
  public static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";

  private final MoveInCaseStore cases;
  private final VrsGateway vrs;

  public QueryPreviousMunicipalityWorker(MoveInCaseStore cases, VrsGateway vrs) {
    this.cases = cases;
    this.vrs = vrs;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    if (!cases.beginQuery(task.caseId())) {
      throw new BusinessOutcome(CONSENT_WITHDRAWN, "consent withdrawn; VRS not asked");
    }
    MoveInSubject subject = cases.subject(task.caseId());
    RecordsQueryResult result = vrs.queryRecords(
        CallScope.of(task.caseId(), task.activityId(), task.activityInstanceId()),
        subject.previousMunicipality(), subject.myNumber());
    if (!result.found()) {
      cases.recordsNotFound(task.caseId(), subject.previousMunicipality().value());
      throw new BusinessOutcome(RECORDS_NOT_FOUND, "no records in " + subject.previousMunicipality());
    }
    cases.recordsFound(task.caseId(), result.records());
    return Map.of("dosesFound", result.records().size());
  }
}
