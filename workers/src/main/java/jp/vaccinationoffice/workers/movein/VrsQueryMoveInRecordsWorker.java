package jp.vaccinationoffice.workers.movein;

import java.util.Map;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.vrs.RecordsQueryResult;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import jp.vaccinationoffice.workers.runtime.BpmnErrorCodes;
import jp.vaccinationoffice.workers.runtime.BusinessOutcome;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/**
 * Asks VRS for the records held by the previous municipality's partition, first taking the code a
 * clerk corrected after records were not found. Consent is used up before the question is sent, so
 * a withdrawal that comes later cannot undo the query.
 */
@Component
@BpmnErrorCodes({VrsQueryMoveInRecordsWorker.RECORDS_NOT_FOUND, VrsQueryMoveInRecordsWorker.CONSENT_WITHDRAWN})
@ExternalTaskTopic(value = "vrs-query-move-in-records", variables = VrsQueryMoveInRecordsWorker.CORRECTED_CODE)
public class VrsQueryMoveInRecordsWorker implements CaseWorker {

  public static final String RECORDS_NOT_FOUND = "RECORDS_NOT_FOUND";
  public static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";
  /** The code a clerk entered on {@code resolve-not-found} to query again. */
  static final String CORRECTED_CODE = "correctedMunicipalityCode";

  private final MoveInCaseStore cases;
  private final VrsGateway vrs;

  public VrsQueryMoveInRecordsWorker(MoveInCaseStore cases, VrsGateway vrs) {
    this.cases = cases;
    this.vrs = vrs;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    String corrected = task.variable(CORRECTED_CODE);
    if (corrected != null && !cases.correctPreviousMunicipality(task.caseId(), corrected)) {
      throw new BusinessOutcome(RECORDS_NOT_FOUND, "the corrected code names no other municipality; VRS not asked");
    }
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
