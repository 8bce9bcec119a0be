package jp.vaccinationoffice.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InquiryTest extends SimulatorTest {

  private static final Map<String, String> HOFU_ASKS_UBE = Map.of("fromMunicipalityCode", HOFU, "toMunicipalityCode", UBE, "myNumber", TARO);

  @Test
  void deliversAnInquiryToTheInboundEndpointAndRecordsTheAnswer() throws Exception {
    SimulatorHttp.Answer created = http.post("/sim/vrs/inquiries", HOFU_ASKS_UBE, "inq-key-1");
    assertThat(created.status()).isEqualTo(202);
    assertThat(created.body().path("status").asText()).isEqualTo("PENDING");
    String inquiryId = created.body().path("inquiryId").asText();

    await().atMost(Duration.ofSeconds(5)).until(() -> INBOUND.deliveries().size() == 1);
    InboundEndpoint.Delivery delivery = INBOUND.deliveries().get(0);
    String expectedAuth = "Basic " + Base64.getEncoder().encodeToString("vrs-inbound:inbound-secret".getBytes(StandardCharsets.UTF_8));
    assertThat(delivery.authorization()).isEqualTo(expectedAuth);
    JsonNode body = new ObjectMapper().readTree(delivery.body());
    assertThat(body.path("inquiryId").asText()).isEqualTo(inquiryId);
    assertThat(body.path("fromMunicipalityCode").asText()).isEqualTo(HOFU);
    assertThat(body.path("toMunicipalityCode").asText()).isEqualTo(UBE);
    assertThat(body.path("myNumber").asText()).isEqualTo(TARO);
    await().atMost(Duration.ofSeconds(5)).until(() -> "DELIVERED".equals(inquiry(inquiryId).path("delivery").asText()));

    SimulatorHttp.Answer answer = http.post(
        "/sim/vrs/municipalities/" + UBE + "/inquiries/" + inquiryId + "/answer",
        Map.of("outcome", "ANSWERED", "records", List.of(dose(1, "2021-06-01", "FA1234"))), "answer-key-1");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("status").asText()).isEqualTo("ANSWERED");
    JsonNode status = inquiry(inquiryId);
    assertThat(status.path("status").asText()).isEqualTo("ANSWERED");
    assertThat(status.path("records").get(0).path("lot").asText()).isEqualTo("FA1234");
    assertThat(status.path("myNumberLast4").asText()).isEqualTo("9018");
    assertThat(status.toString()).doesNotContain(TARO);
    assertThat(http.get("/sim/vrs/calls?operation=PROVIDE").body().get(0).path("municipalityCode").asText()).isEqualTo(UBE);
  }

  @Test
  void anInquiryCanBeAnsweredNotFoundOrRefused() {
    String first = http.post("/sim/vrs/inquiries", HOFU_ASKS_UBE, "k-1").body().path("inquiryId").asText();
    String second = http.post("/sim/vrs/inquiries", Map.of("fromMunicipalityCode", CHIYODA, "toMunicipalityCode", UBE, "myNumber", TARO), "k-2")
        .body().path("inquiryId").asText();

    http.post("/sim/vrs/municipalities/" + UBE + "/inquiries/" + first + "/answer", Map.of("outcome", "NOT_FOUND"), "a-1");
    http.post("/sim/vrs/municipalities/" + UBE + "/inquiries/" + second + "/answer", Map.of("outcome", "REFUSED"), "a-2");

    assertThat(inquiry(first).path("status").asText()).isEqualTo("NOT_FOUND");
    assertThat(inquiry(second).path("status").asText()).isEqualTo("REFUSED");
    assertThat(inquiry(second).path("records")).isEmpty();
  }

  @Test
  void onlyTheAddressedMunicipalityAnswersAndOnlyOnce() {
    String id = http.post("/sim/vrs/inquiries", HOFU_ASKS_UBE, "k-1").body().path("inquiryId").asText();
    String answerAtUbe = "/sim/vrs/municipalities/" + UBE + "/inquiries/" + id + "/answer";

    assertProblem(http.post("/sim/vrs/municipalities/" + CHIYODA + "/inquiries/" + id + "/answer", Map.of("outcome", "NOT_FOUND"), "a-0"),
        404, "is addressed to municipality 131016");
    assertThat(http.post(answerAtUbe, Map.of("outcome", "NOT_FOUND"), "a-1").status()).isEqualTo(200);
    assertThat(http.post(answerAtUbe, Map.of("outcome", "NOT_FOUND"), "a-1").headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertProblem(http.post(answerAtUbe, Map.of("outcome", "REFUSED"), "a-2"), 409, "already NOT_FOUND");
    assertThat(inquiry(id).path("status").asText()).isEqualTo("NOT_FOUND");
  }

  @Test
  void refusesInconsistentAnswersAndInquiries() {
    String id = http.post("/sim/vrs/inquiries", HOFU_ASKS_UBE, "k-1").body().path("inquiryId").asText();
    String answerAtUbe = "/sim/vrs/municipalities/" + UBE + "/inquiries/" + id + "/answer";

    assertProblem(http.post(answerAtUbe, Map.of("outcome", "ANSWERED"), "a-1"), 400, "records must not be empty");
    assertProblem(http.post(answerAtUbe, Map.of("outcome", "PENDING"), "a-2"), 400, "outcome must be ANSWERED, NOT_FOUND or REFUSED");
    assertProblem(http.post(answerAtUbe, Map.of(), "a-3"), 400, "outcome is required");
    assertProblem(http.post("/sim/vrs/inquiries", Map.of("fromMunicipalityCode", HOFU, "toMunicipalityCode", HOFU, "myNumber", TARO), "k-2"),
        400, "must differ");
    assertProblem(http.get("/sim/vrs/inquiries/no-such-inquiry"), 404, "no inquiry no-such-inquiry");
    assertThat(inquiry(id).path("status").asText()).isEqualTo("PENDING");
  }

  @Test
  void redeliversAfterAFailedDelivery() {
    INBOUND.failNext(1);

    String id = http.post("/sim/vrs/inquiries", HOFU_ASKS_UBE, "k-1").body().path("inquiryId").asText();

    await().atMost(Duration.ofSeconds(5)).until(() -> "DELIVERED".equals(inquiry(id).path("delivery").asText()));
    assertThat(INBOUND.deliveries()).hasSize(2);
    assertThat(inquiry(id).path("deliveryAttempts").asInt()).isEqualTo(2);
  }

  @Test
  void givesUpAfterTheConfiguredAttempts() {
    INBOUND.failNext(10);

    String id = http.post("/sim/vrs/inquiries", HOFU_ASKS_UBE, "k-1").body().path("inquiryId").asText();

    await().atMost(Duration.ofSeconds(5)).until(() -> "FAILED".equals(inquiry(id).path("delivery").asText()));
    assertThat(inquiry(id).path("deliveryAttempts").asInt()).isEqualTo(3);
    assertThat(inquiry(id).path("status").asText()).isEqualTo("PENDING");
  }

  @Test
  void aReplayedInquiryIsDeliveredOnce() {
    String first = http.post("/sim/vrs/inquiries", HOFU_ASKS_UBE, "k-1").body().path("inquiryId").asText();
    String again = http.post("/sim/vrs/inquiries", HOFU_ASKS_UBE, "k-1").body().path("inquiryId").asText();

    assertThat(again).isEqualTo(first);
    await().atMost(Duration.ofSeconds(5)).until(() -> "DELIVERED".equals(inquiry(first).path("delivery").asText()));
    await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> INBOUND.deliveries().size() == 1);
  }

  private JsonNode inquiry(String id) {
    return http.get("/sim/vrs/inquiries/" + id).body();
  }
}
