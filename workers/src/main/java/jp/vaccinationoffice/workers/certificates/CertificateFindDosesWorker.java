package jp.vaccinationoffice.workers.certificates;

import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.workers.certificates.CertificateCaseStore.Applicant;
import jp.vaccinationoffice.workers.certificates.CertificateCaseStore.DoseCount;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.vrs.CertificateLookup;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/**
 * Finds the doses to certify: this municipality's ledger first, by the My Number index; when the
 * ledger holds none, VRS's certificate look-up in this municipality's partition. The counts it
 * returns are what the jurisdiction decision reads.
 */
@Component
@ExternalTaskTopic("certificate-find-doses")
public class CertificateFindDosesWorker implements CaseWorker {

  private final CertificateCaseStore cases;
  private final VrsGateway vrs;

  public CertificateFindDosesWorker(CertificateCaseStore cases, VrsGateway vrs) {
    this.cases = cases;
    this.vrs = vrs;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    if (!cases.takeDosesFromLedger(task.caseId())) {
      Applicant applicant = cases.applicant(task.caseId());
      CertificateLookup lookup = vrs.lookUpForCertificate(
          CallScope.of(task.caseId(), task.activityId(), task.activityInstanceId()),
          applicant.municipality(), applicant.myNumber());
      cases.takeDosesFromVrs(task.caseId(), lookup.found() ? lookup.records() : List.of());
    }
    DoseCount count = cases.doseCount(task.caseId());
    return Map.of(
        "dosesHere", count.here(),
        "dosesElsewhere", count.elsewhere(),
        "elsewhereMunicipalityCode", count.elsewhereMunicipalityCode() == null ? "" : count.elsewhereMunicipalityCode());
  }
}
