package jp.vaccinationoffice.caseserver.personalinfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.vaccinationoffice.caseserver.modeleffects.Actors;
import jp.vaccinationoffice.caseserver.modeleffects.CaseRecords;
import jp.vaccinationoffice.caseserver.modeleffects.DecisionTaken;
import jp.vaccinationoffice.caseserver.modeleffects.TaskCompletion;
import org.operaton.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;

/**
 * A request keeps what its process declares: status, steps, the decision tables' answers, and the
 * staff's work on its tasks. The drafted decision is recorded with who drafted it, and a supervisor
 * who drafted it cannot decide it (the completion is refused and the task stays open).
 */
@Component
class RequestRecords implements CaseRecords {

  static final String DRAFT_TASK = "draft-decision";
  static final String DECIDE_TASK = "decide-request";
  static final String CHECK_TASK = "check-request";

  private final RequestStore store;
  private final RequestClockControl clockControl;
  private final RequestDocuments documents;
  private final ObjectMapper json = new ObjectMapper();

  RequestRecords(RequestStore store, RequestClockControl clockControl, RequestDocuments documents) {
    this.store = store;
    this.documents = documents;
    this.clockControl = clockControl;
  }

  @Override
  public Set<String> processes() {
    return Set.of(RequestType.DISCLOSURE.process(), RequestType.CORRECTION.process(),
        RequestType.SUSPENSION.process());
  }

  @Override
  public void status(String requestId, String status) {
    if (!RequestStatuses.ALL.contains(status)) {
      throw new IllegalArgumentException("no request status " + status);
    }
    store.status(requestId, status);
    store.step(requestId, "STATUS_" + status, Actors.SYSTEM, null);
  }

  @Override
  public void step(String requestId, String step) {
    store.step(requestId, step, Actors.SYSTEM, null);
  }

  @Override
  public void decision(String requestId, DecisionTaken decision) {
    try {
      store.decision(requestId, decision.decisionId(), decision.version(),
          json.writeValueAsString(new TreeMap<>(decision.result())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    store.step(requestId, "DECIDED_" + decision.decisionId(), Actors.SYSTEM, null);
  }

  @Override
  public void taskCompleted(String requestId, TaskCompletion completion) {
    switch (completion.taskKey()) {
      case DRAFT_TASK -> drafted(requestId, completion);
      case DECIDE_TASK -> decided(requestId, completion);
      case CHECK_TASK -> checked(requestId, completion);
      default -> { }
    }
    store.step(requestId, completion.step(), completion.actor(), completion.detail());
  }

  /** Records the draft part by part; a draft that does not fit the request is refused and nothing is written. */
  private void drafted(String requestId, TaskCompletion completion) {
    requireSignedIn(completion);
    RequestStore.Row row = store.get(requestId);
    String decision = (String) completion.choice("decision");
    String grantedItems = null;
    switch (row.type()) {
      case DISCLOSURE -> {
        Set<Integer> held = new TreeSet<>();
        store.items(requestId).forEach(item -> held.add(item.seq()));
        Map<Integer, String> withheld = new TreeMap<>();
        DecisionDraft.withheld(decision, held, completion).forEach((item, ground) -> withheld.put(item, ground.name()));
        store.withhold(requestId, withheld);
      }
      case CORRECTION -> {
        List<DecisionDraft.Part> parts = DecisionDraft.correction(decision,
            documents.correction(row).records().size(), completion);
        store.parts(requestId, parts);
        grantedItems = String.join(",", parts.stream().filter(DecisionDraft.Part::granted).map(DecisionDraft.Part::part)
            .toList());
      }
      default -> store.parts(requestId, DecisionDraft.suspension(decision,
          documents.suspension(row).requested(), completion));
    }
    store.drafted(requestId, decision, null, null, grantedItems == null || grantedItems.isEmpty() ? null : grantedItems,
        completion.actor());
  }

  private void decided(String requestId, TaskCompletion completion) {
    requireSignedIn(completion);
    RequestStore.Row row = store.get(requestId);
    if (completion.actor().equals(row.draftedBy())) {
      throw new BadUserRequestException("decide-request: the member of staff who drafted the decision cannot decide"
          + " it; another supervisor decides");
    }
    if ("APPROVE".equals(completion.choice("approval"))) {
      store.approved(requestId, completion.actor());
    }
  }

  /** A check that does not ask for (another) amendment ends a stopped clock: the request is worked again. */
  private void checked(String requestId, TaskCompletion completion) {
    if (!"AMENDMENT_NEEDED".equals(completion.choice("completeness"))) {
      clockControl.resumeIfPaused(requestId, clockControl.today());
    }
  }

  private static void requireSignedIn(TaskCompletion completion) {
    if (Actors.SYSTEM.equals(completion.actor())) {
      throw new BadUserRequestException("the task must be completed by a signed-in member of staff");
    }
  }
}
