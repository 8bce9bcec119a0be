package jp.vaccinationoffice.caseserver.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The calendar API over HTTP, as staff and administrators use it; the branches are in {@link OfficeCalendarTest}. */
@CaseServerTest
class CalendarApiTest {

  private static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired JapaneseFont font;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void staffGetTheDeadlineAndTheClosedDaysItWasMovedPast() throws Exception {
    for (String user : new String[] {"clerk", "supervisor", "auditor", "admin"}) {
      HttpResponse<String> answer = http.get("/api/calendar/deadline?receivedOn=2026-11-29&days=30", user, PASSWORD);
      assertThat(answer.statusCode()).as(user).isEqualTo(200);
      JsonNode body = JSON.readTree(answer.body());
      assertThat(body.get("deadline").asText()).isEqualTo("2027-01-04");
      assertThat(body.get("closedDaysSkipped").toString()).isEqualTo(
          "[\"2026-12-29\",\"2026-12-30\",\"2026-12-31\",\"2027-01-01\",\"2027-01-02\",\"2027-01-03\"]");
    }
    JsonNode paused = JSON.readTree(http.get("/api/calendar/deadline?receivedOn=2026-06-01&days=30&pausedDays=10",
        "clerk", PASSWORD).body());
    assertThat(paused.get("deadline").asText()).isEqualTo("2026-07-13");
    assertThat(paused.get("pausedDays").asInt()).isEqualTo(10);
    assertThat(http.get("/api/calendar/deadline?receivedOn=2026-06-01&days=30").statusCode()).isEqualTo(401);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "days=30| receivedOn",
      "receivedOn=2026-02-30&days=30| receivedOn",
      "receivedOn=20260601&days=30| receivedOn",
      "receivedOn=1999-12-31&days=30| receivedOn",
      "receivedOn=2098-01-01&days=30| receivedOn",
      "receivedOn=2026-06-01| days",
      "receivedOn=2026-06-01&days=0| days",
      "receivedOn=2026-06-01&days=366| days",
      "receivedOn=2026-06-01&days=thirty| days",
      "receivedOn=2026-06-01&days=99999999999| days",
      "receivedOn=2026-06-01&days=30&pausedDays=-1| pausedDays",
      "receivedOn=2026-06-01&days=30&pausedDays=400| pausedDays"})
  void badParametersAreRefusedNamingTheParameter(String query, String parameter) throws Exception {
    HttpResponse<String> answer = http.get("/api/calendar/deadline?" + query, "clerk", PASSWORD);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("application/problem+json"));
    assertThat(JSON.readTree(answer.body()).get("detail").asText()).contains("'" + parameter + "'");
  }

  @Test
  void administratorsCloseTheOfficeOnADayOfTheirMunicipalityOnly() throws Exception {
    String deadline = "/api/calendar/deadline?receivedOn=2026-06-01&days=30";
    assertThat(JSON.readTree(http.get(deadline, "clerk", PASSWORD).body()).get("deadline").asText()).isEqualTo("2026-07-01");

    assertThat(http.putJson("/api/calendar/closed-days/2026-07-01", "{\"reason\":\"庁舎移転\"}", "clerk", PASSWORD)
        .statusCode()).isEqualTo(403);
    HttpResponse<String> closed = http.putJson("/api/calendar/closed-days/2026-07-01", "{\"reason\":\"庁舎移転\"}",
        "admin", PASSWORD);
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(JSON.readTree(closed.body()).get("setBy").asText()).isEqualTo("admin");

    JsonNode moved = JSON.readTree(http.get(deadline, "clerk", PASSWORD).body());
    assertThat(moved.get("deadline").asText()).isEqualTo("2026-07-02");
    assertThat(moved.get("closedDaysSkipped").toString()).isEqualTo("[\"2026-07-01\"]");
    assertThat(JSON.readTree(http.get(deadline, "clerk2", PASSWORD).body()).get("deadline").asText())
        .as("宇部市 is open that day").isEqualTo("2026-07-01");
    JsonNode listed = JSON.readTree(http.get("/api/calendar/closed-days?year=2026", "auditor", PASSWORD).body());
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("reason").asText()).isEqualTo("庁舎移転");
    assertThat(JSON.readTree(http.get("/api/calendar/closed-days?year=2026", "clerk2", PASSWORD).body())).isEmpty();

    assertThat(http.send("DELETE", "/api/calendar/closed-days/2026-07-01", null, "admin", PASSWORD).statusCode())
        .isEqualTo(204);
    assertThat(http.send("DELETE", "/api/calendar/closed-days/2026-07-01", null, "admin", PASSWORD).statusCode())
        .isEqualTo(404);
    assertThat(JSON.readTree(http.get(deadline, "clerk", PASSWORD).body()).get("deadline").asText()).isEqualTo("2026-07-01");
  }

  @Test
  void aClosedDayNeedsAReasonOnOneLine() throws Exception {
    for (String body : new String[] {"{}", "{\"reason\":\"\"}", "{\"reason\":\"a\\nb\"}", "{\"reason\":\"" + "長".repeat(201) + "\"}"}) {
      HttpResponse<String> answer = http.putJson("/api/calendar/closed-days/2026-07-01", body, "admin", PASSWORD);
      assertThat(answer.statusCode()).as(body).isEqualTo(400);
      assertThat(JSON.readTree(answer.body()).get("detail").asText()).startsWith("reason");
    }
    assertThat(http.putJson("/api/calendar/closed-days/2026-13-01", "{\"reason\":\"x\"}", "admin", PASSWORD).statusCode())
        .isEqualTo(400);
    assertThat(JSON.readTree(http.get("/api/calendar/closed-days?year=2026", "admin", PASSWORD).body())).isEmpty();
  }

  @Test
  void theServerHasFoundItsPdfFont() {
    assertThat(font.file()).isRegularFile();
  }
}
