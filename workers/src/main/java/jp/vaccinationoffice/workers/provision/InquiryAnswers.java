package jp.vaccinationoffice.workers.provision;

import java.util.Map;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionOutcome;
import jp.vaccinationoffice.workers.gateway.vrs.InquiryAnswer;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import org.springframework.stereotype.Component;

/** Sends an answer to an inquiry through VRS and notes it; shared by the three answering workers. */
@Component
class InquiryAnswers {

  private final ProvisionCaseStore inquiries;
  private final VrsGateway vrs;

  InquiryAnswers(ProvisionCaseStore inquiries, VrsGateway vrs) {
    this.inquiries = inquiries;
    this.vrs = vrs;
  }

  Map<String, Object> answer(CaseTask task, InquiryAnswer answer, ProvisionOutcome outcome) {
    ProvisionSubject subject = inquiries.subject(task.caseId());
    vrs.answerInquiry(CallScope.of(task.caseId(), task.activityId(), task.activityInstanceId()),
        subject.municipality(), task.caseId(), answer);
    inquiries.answered(task.caseId(), outcome);
    return Map.of("outcome", outcome.name());
  }
}
