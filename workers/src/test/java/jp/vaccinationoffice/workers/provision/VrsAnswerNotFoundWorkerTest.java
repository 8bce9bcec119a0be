package jp.vaccinationoffice.workers.provision;

import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionOutcome;
import jp.vaccinationoffice.workers.gateway.vrs.InquiryStatus;
import jp.vaccinationoffice.workers.runtime.CaseWorker;

class VrsAnswerNotFoundWorkerTest extends InquiryAnswerWorkerContract {

  @Override
  CaseWorker worker(InquiryAnswers answers) {
    return new VrsAnswerNotFoundWorker(answers);
  }

  @Override
  String activityId() {
    return "answer-not-found";
  }

  @Override
  ProvisionOutcome outcome() {
    return ProvisionOutcome.NOT_FOUND;
  }

  @Override
  InquiryStatus status() {
    return InquiryStatus.NOT_FOUND;
  }
}
