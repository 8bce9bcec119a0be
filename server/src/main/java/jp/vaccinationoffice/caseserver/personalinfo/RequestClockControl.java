package jp.vaccinationoffice.caseserver.personalinfo;

import java.time.LocalDate;
import java.util.Date;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Stops, restarts and extends a request's statutory clock, and keeps the supervisors' warning timer
 * on the deadline: a deadline that moves moves the timer (five open days before it).
 */
@Component
class RequestClockControl {

  static final String WARNING_TIMER = "deadline-approaching";
  static final String WARNING_VARIABLE = "deadlineWarningAt";

  private final RequestStore store;
  private final StatutoryClock clock;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  RequestClockControl(RequestStore store, StatutoryClock clock, RuntimeService runtimeService,
      ManagementService managementService) {
    this.store = store;
    this.clock = clock;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  LocalDate today() {
    return clock.today();
  }

  /** The 補正依頼書 is sent today: the clock stops until the amendment comes. */
  void pause(String requestId, LocalDate answerBy) {
    RequestStore.Row row = store.get(requestId);
    if (row.paused()) {
      store.paused(requestId, row.pausedSince(), answerBy);
    } else {
      store.paused(requestId, today(), answerBy);
    }
  }

  /** The amendment came on {@code receivedOn}: the days since the letter are not counted. */
  void resumeIfPaused(String requestId, LocalDate receivedOn) {
    RequestStore.Row row = store.get(requestId);
    if (!row.paused()) {
      return;
    }
    int pausedDays = StatutoryClock.pausedDays(row, receivedOn);
    RequestStore.Row resumed = store.get(requestId);
    LocalDate deadline = clock.compute(withPause(resumed, pausedDays)).deadline();
    store.resumed(requestId, pausedDays, deadline);
    store.step(requestId, "CLOCK_RESUMED", "system", pausedDays + " days not counted");
    moveWarning(store.get(requestId), deadline);
  }

  /** A new deadline after an extension. */
  void extended(RequestStore.Row row, LocalDate deadline) {
    moveWarning(row, deadline);
  }

  private void moveWarning(RequestStore.Row row, LocalDate deadline) {
    if (row.processInstanceId() == null) {
      return;
    }
    Date warningAt = clock.warningAt(row.municipalityCode(), deadline);
    if (runtimeService.createProcessInstanceQuery().processInstanceId(row.processInstanceId()).count() == 0) {
      return;
    }
    runtimeService.setVariable(row.processInstanceId(), WARNING_VARIABLE, warningAt);
    for (Job job : managementService.createJobQuery().processInstanceId(row.processInstanceId())
        .activityId(WARNING_TIMER).list()) {
      managementService.setJobDuedate(job.getId(), warningAt);
    }
  }

  private static RequestStore.Row withPause(RequestStore.Row r, int pausedDays) {
    return new RequestStore.Row(r.id(), r.municipalityCode(), r.type(), r.channel(), r.relationship(), r.status(),
        r.receivedOn(), r.subjectIndex(), r.disclosureMethod(), r.suspensionMeasure(), r.processInstanceId(),
        r.deadline(), pausedDays, null, null, r.extensionDays(), r.extensionReason(), r.extendedOn(),
        r.specialRestBy(), r.decision(), r.withheldKind(), r.withheldGround(), r.grantedItems(), r.draftedBy(),
        r.decidedBy(), r.decidedOn());
  }
}
