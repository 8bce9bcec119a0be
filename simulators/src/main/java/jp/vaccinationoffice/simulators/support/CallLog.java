package jp.vaccinationoffice.simulators.support;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every call a simulated system received, in arrival order. */
public class CallLog implements Resettable {

  private static final Logger log = LoggerFactory.getLogger(CallLog.class);

  private final String systemName;
  private final List<CallRecord> calls = new CopyOnWriteArrayList<>();

  public CallLog(String systemName) {
    this.systemName = systemName;
  }

  public void add(Call<?> call, CallOutcome outcome) {
    String last4 = call.myNumber() == null ? null : call.myNumber().lastFour();
    calls.add(new CallRecord(call.operation().name(), call.municipalityCode(), last4, call.idempotencyKey(), outcome, Instant.now()));
    log.info("{} {} municipality={} myNumber={} outcome={}", systemName, call.operation(), call.municipalityCode(), call.myNumber() == null ? "-" : call.myNumber().masked(), outcome);
  }

  public List<CallRecord> find(String municipalityCode, String operation) {
    return calls.stream()
        .filter(c -> municipalityCode == null || municipalityCode.equals(c.municipalityCode()))
        .filter(c -> operation == null || operation.equals(c.operation()))
        .toList();
  }

  @Override
  public void reset() {
    calls.clear();
  }
}
