package jp.vaccinationoffice.caseserver.workers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Component;

/**
 * A thin worker for the runtime tests: registers a ticket through the real VRS gateway. The My
 * Number of a test case is held here by case id, as the case store holds it for real cases.
 */
@Component
@ExternalTaskTopic("test-register-ticket")
class TicketRegistrationCheckWorker implements CaseWorker {

  record TestCase(MyNumber myNumber, String ticketNumber) {}

  static final Map<String, TestCase> CASES = new ConcurrentHashMap<>();

  private final VrsGateway vrs;

  TicketRegistrationCheckWorker(VrsGateway vrs) {
    this.vrs = vrs;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    TestCase testCase = CASES.get(task.caseId());
    vrs.registerTicket(CallScope.of(task.caseId(), task.activityId(), task.activityInstanceId()),
        MunicipalityCode.parse(task.municipalityCode()), testCase.myNumber(), testCase.ticketNumber());
    return Map.of("ticketRegistered", true);
  }
}
