package jp.vaccinationoffice.bench.movein;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import jp.vaccinationoffice.bench.load.CaseDriver;
import jp.vaccinationoffice.bench.load.CaseTiming;
import jp.vaccinationoffice.bench.load.EndPolling;
import jp.vaccinationoffice.bench.load.EndWatch;

/**
 * One move-in case the way the counter works it: intake through the case API as the clerk, the
 * identity check completed in the clerk's Tasklist session, then the workers, decisions and national
 * systems take the case to {@code TICKET_ISSUED}. The case ends when the case store records that
 * status; the admin watches the process instances end in a Cockpit session (one question for all
 * open cases, see {@link EndWatch}), so that waiting adds no access-log rows, and the clerk reads the
 * case once at the end through the case API.
 */
final class MoveInCase implements CaseDriver, AutoCloseable {

  static final String CURRENT_MUNICIPALITY = "352063";
  /** 宇部市: the bench seeds each resident's doses into its VRS partition. */
  static final String PREVIOUS_MUNICIPALITY = "352021";
  static final String FAMILY_NAME = "山田";
  static final String GIVEN_NAME = "花子";
  static final String FAMILY_NAME_KANA = "ヤマダ";
  static final String GIVEN_NAME_KANA = "ハナコ";
  static final String BIRTH_DATE = "1980-04-01";
  static final String SEX = "FEMALE";
  static final String ADDRESS = "山口県防府市寿町7-1";

  private static final String VERIFIED_AT_THE_COUNTER =
      "{\"variables\":{\"numberDocument\":{\"value\":\"MY_NUMBER_CARD\"},\"identityDocument\":{\"value\":\"MY_NUMBER_CARD\"}}}";
  private static final Duration TASK_PATIENCE = Duration.ofSeconds(60);
  private static final Duration END_PATIENCE = Duration.ofSeconds(180);
  private static final Duration END_WATCH_INTERVAL = Duration.ofMillis(100);
  /** Process instance ids per question: keeps the query string short. */
  private static final int IDS_PER_QUESTION = 50;

  private final CaseNodes nodes;
  private final List<String> myNumbers;
  private final String password;
  private final String clerk;
  private final EndWatch<String> ends;
  private Consumer<String> onSubmitted = caseId -> {};
  private Duration endPatience = END_PATIENCE;

  /** Case {@code i} starts on node {@code i % nodes}; see {@link CaseNodes} for a node that goes down. */
  MoveInCase(CaseNodes nodes, List<String> myNumbers, String password) {
    this.nodes = nodes;
    this.myNumbers = myNumbers;
    this.password = password;
    this.clerk = CaseServerClient.basic("clerk", password);
    this.ends = new EndWatch<>("move-in end watch", END_WATCH_INTERVAL, this::ended);
  }

  @Override
  public CaseTiming run(int index) throws Exception {
    Instant started = Instant.now();
    int node = index % nodes.size();
    JsonNode receipt = nodes.send(node, server -> server.post("/api/move-in-queries", intake(myNumbers.get(index)), clerk));
    String caseId = receipt.get("caseId").asText();
    String processInstanceId = receipt.get("processInstanceId").asText();
    submitted(caseId);

    String taskId = EndPolling.await("verify-identity of case " + caseId, TASK_PATIENCE, () -> {
      JsonNode tasks = nodes.send(node, server -> tasklist(server).get(verifyIdentityTask(processInstanceId)));
      return tasks.size() == 1 ? Optional.of(tasks.get(0).get("id").asText()) : Optional.empty();
    });
    completeVerification(node, processInstanceId, taskId);

    ends.await("end of case " + caseId, processInstanceId, endPatience);
    return new CaseTiming(started, ticketIssuedAt(node, caseId));
  }

  /** The ended ones of the open process instances and their end state, asked of the first node up. */
  private Map<String, String> ended(Set<String> processInstanceIds) throws IOException, InterruptedException {
    List<String> ids = List.copyOf(processInstanceIds);
    Map<String, String> ended = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUESTION) {
      List<String> part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUESTION));
      String query = "/history/process-instance?finished=true&firstResult=0&maxResults=" + part.size()
          + "&processInstanceIds=" + String.join(",", part);
      for (JsonNode instance : nodes.send(0, server -> cockpit(server).get(query))) {
        ended.put(instance.get("id").asText(), instance.get("state").asText());
      }
    }
    return ended;
  }

  @Override
  public void close() throws InterruptedException {
    ends.close();
  }

  /** A completion whose node died after committing it is not repeated: the task is gone then. */
  private void completeVerification(int node, String processInstanceId, String taskId) throws Exception {
    String complete = "/task/" + taskId + "/complete";
    try {
      nodes.send(node, server -> tasklist(server).post(complete, VERIFIED_AT_THE_COUNTER));
    } catch (IOException e) {
      JsonNode open = nodes.send(node, server -> tasklist(server).get(verifyIdentityTask(processInstanceId)));
      if (open.size() == 1) {
        nodes.send(node, server -> tasklist(server).post(complete, VERIFIED_AT_THE_COUNTER));
      }
    }
  }

  private WebappSession tasklist(CaseServerClient server) throws IOException, InterruptedException {
    return server.session("clerk", password, "tasklist");
  }

  private WebappSession cockpit(CaseServerClient server) throws IOException, InterruptedException {
    return server.session("admin", password, "cockpit");
  }

  private static String verifyIdentityTask(String processInstanceId) {
    return "/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=verify-identity&firstResult=0&maxResults=1";
  }

  /** Called with each case the server has accepted (a 201), before it is worked on. */
  void submitted(String caseId) {
    onSubmitted.accept(caseId);
  }

  MoveInCase onSubmitted(Consumer<String> listener, Duration patience) {
    this.onSubmitted = listener;
    this.endPatience = patience;
    return this;
  }

  private Instant ticketIssuedAt(int node, String caseId) throws IOException, InterruptedException {
    JsonNode view = nodes.send(node, server -> server.get("/api/cases/" + caseId, clerk));
    String status = view.get("status").asText();
    if (!"TICKET_ISSUED".equals(status)) {
      throw new IllegalStateException("case " + caseId + " ended as " + status);
    }
    for (JsonNode step : view.get("steps")) {
      if ("STATUS_TICKET_ISSUED".equals(step.get("step").asText())) {
        return Instant.parse(step.get("at").asText());
      }
    }
    throw new IllegalStateException("case " + caseId + " has no STATUS_TICKET_ISSUED step");
  }

  static String intake(String myNumber) {
    return """
        {"previousMunicipalityCode":"%s","myNumber":"%s",
         "resident":{"familyName":"%s","givenName":"%s","familyNameKana":"%s","givenNameKana":"%s",
                     "birthDate":"%s","sex":"%s","address":"%s"},
         "consent":{"given":true,"signedOn":"%s","formReceived":true}}"""
        .formatted(PREVIOUS_MUNICIPALITY, myNumber, FAMILY_NAME, GIVEN_NAME, FAMILY_NAME_KANA, GIVEN_NAME_KANA,
            BIRTH_DATE, SEX, ADDRESS, LocalDate.now());
  }
}
