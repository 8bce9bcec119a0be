package jp.vaccinationoffice.workers.provision;

import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionOutcome;
import jp.vaccinationoffice.workers.gateway.vrs.InquiryStatus;
import jp.vaccinationoffice.workers.runtime.CaseWorker;

class VrsAnswerRefusedWorkerTest extends InquiryAnswerWorkerContract {

  @Override
  CaseWorker worker(InquiryAnswers answers) {
    return new VrsAnswerRefusedWorker(answers);
  }

  @Override
  String activityId() {
    return "answer-refused";
  }

  @Override
  ProvisionOutcome outcome() {
    return ProvisionOutcome.REFUSED;
  }

  @Override
  InquiryStatus status() {
    return InquiryStatus.REFUSED;
  }
}
