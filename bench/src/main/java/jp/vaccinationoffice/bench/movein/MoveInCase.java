package jp.vaccinationoffice.bench.movein;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.vaccinationoffice.bench.load.CaseDriver;
import jp.vaccinationoffice.bench.load.CaseTiming;
import jp.vaccinationoffice.bench.load.EndPolling;

/**
 * One move-in case the way the counter works it: intake through the case API as the clerk, the
 * identity check completed through the engine REST API, then the workers, decisions and national
 * systems take the case to {@code TICKET_ISSUED}. The case ends when the case store records that
 * status; the admin account watches the process instance end, so that waiting adds no access-log
 * rows, and the clerk reads the case once at the end.
 */
final class MoveInCase implements CaseDriver {

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

  private final CaseServerClient server;
  private final List<String> myNumbers;
  private final String clerk;
  private final String admin;

  MoveInCase(CaseServerClient server, List<String> myNumbers, String password) {
    this.server = server;
    this.myNumbers = myNumbers;
    this.clerk = CaseServerClient.basic("clerk", password);
    this.admin = CaseServerClient.basic("admin", password);
  }

  @Override
  public CaseTiming run(int index) throws Exception {
    Instant started = Instant.now();
    JsonNode receipt = server.post("/api/move-in-queries", intake(myNumbers.get(index)), clerk);
    String caseId = receipt.get("caseId").asText();
    String processInstanceId = receipt.get("processInstanceId").asText();

    String taskId = EndPolling.await("verify-identity of case " + caseId, TASK_PATIENCE, () -> {
      JsonNode tasks = server.get("/engine-rest/task?processInstanceId=" + processInstanceId
          + "&taskDefinitionKey=verify-identity&firstResult=0&maxResults=1", clerk);
      return tasks.size() == 1 ? Optional.of(tasks.get(0).get("id").asText()) : Optional.empty();
    });
    server.post("/engine-rest/task/" + taskId + "/complete", VERIFIED_AT_THE_COUNTER, clerk);

    EndPolling.await("end of case " + caseId, END_PATIENCE, () -> {
      String state = server.get("/engine-rest/history/process-instance/" + processInstanceId, admin)
          .get("state").asText();
      return "ACTIVE".equals(state) ? Optional.empty() : Optional.of(state);
    });
    return new CaseTiming(started, ticketIssuedAt(caseId));
  }

  private Instant ticketIssuedAt(String caseId) throws IOException, InterruptedException {
    JsonNode view = server.get("/api/cases/" + caseId, clerk);
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
