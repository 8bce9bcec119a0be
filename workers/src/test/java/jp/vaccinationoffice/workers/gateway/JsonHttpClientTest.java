package jp.vaccinationoffice.workers.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a scripted HTTP server, for answers the simulators never give. */
class JsonHttpClientTest {

  private static final String MY_NUMBER = "123456789018";

  private HttpServer server;
  private final AtomicReference<Integer> status = new AtomicReference<>(200);
  private final AtomicReference<String> answer = new AtomicReference<>("{}");
  private final AtomicReference<com.sun.net.httpserver.Headers> received = new AtomicReference<>();

  record Echo(String value) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      received.set(exchange.getRequestHeaders());
      byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status.get(), body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void sendsBasicCredentialsAndTheIdempotencyKey() {
    NationalSystemProperties properties = properties();
    properties.setUsername("office");
    properties.setPassword("s3cret");
    answer.set("{\"value\":\"ok\",\"extra\":1}");

    Echo echo = new JsonHttpClient(NationalSystem.VRS, properties).post("QUERY", "/x", Map.of("a", 1), "key-1", Echo.class);

    assertThat(echo.value()).isEqualTo("ok");
    assertThat(received.get().getFirst("Authorization"))
        .isEqualTo("Basic " + Base64.getEncoder().encodeToString("office:s3cret".getBytes(StandardCharsets.UTF_8)));
    assertThat(received.get().getFirst("Idempotency-Key")).isEqualTo("key-1");
    assertThat(received.get().getFirst("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void aProblemEchoingTheNumberIsMaskedInTheMessage() {
    status.set(400);
    answer.set("{\"title\":\"Invalid request\",\"detail\":\"person " + MY_NUMBER + " is odd\"}");

    assertThatThrownBy(() -> client().post("QUERY", "/x", Map.of(), "k", Echo.class))
        .isInstanceOf(NationalSystemRejectedException.class)
        .hasMessage("VRS QUERY rejected: HTTP 400 Invalid request: person ************ is odd");
  }

  @Test
  void anUnreadableAnswerIsATechnicalFailureWithoutItsContent() {
    answer.set("{\"value\": " + MY_NUMBER + "x}");

    assertThatThrownBy(() -> client().post("QUERY", "/x", Map.of(), "k", Echo.class))
        .isInstanceOf(NationalSystemUnavailableException.class)
        .hasMessageStartingWith("VRS QUERY failed: unreadable answer")
        .hasNoCause()
        .hasMessageNotContaining(MY_NUMBER);
  }

  @Test
  void tooManyRequestsAndRequestTimeoutAreTechnical() {
    status.set(429);
    assertThatThrownBy(() -> client().post("QUERY", "/x", Map.of(), "k", Echo.class))
        .isInstanceOf(NationalSystemUnavailableException.class).hasMessage("VRS QUERY failed: HTTP 429");
    status.set(408);
    assertThatThrownBy(() -> client().get("INQUIRY_STATUS", "/x", Echo.class))
        .isInstanceOf(NationalSystemUnavailableException.class).hasMessage("VRS INQUIRY_STATUS failed: HTTP 408");
  }

  @Test
  void aRejectionWithoutAProblemBodyStillNamesTheStatus() {
    status.set(404);
    answer.set("");

    assertThatThrownBy(() -> client().get("INQUIRY_STATUS", "/x", Echo.class))
        .isInstanceOf(NationalSystemRejectedException.class).hasMessage("VRS INQUIRY_STATUS rejected: HTTP 404");
  }

  @Test
  void refusesIncompleteSettings() {
    NationalSystemProperties noUrl = new NationalSystemProperties();
    NationalSystemProperties zeroTimeout = properties();
    zeroTimeout.setReadTimeout(Duration.ZERO);

    assertThatThrownBy(() -> new JsonHttpClient(NationalSystem.REGISTRY, noUrl))
        .isInstanceOf(IllegalStateException.class).hasMessage("national-systems.registry.base-url is required");
    NationalSystemProperties notAUrl = properties();
    notAUrl.setBaseUrl("localhost:8080 /sim");
    assertThatThrownBy(() -> new JsonHttpClient(NationalSystem.VRS, notAUrl))
        .isInstanceOf(IllegalStateException.class).hasMessage("national-systems.vrs.base-url must be an http or https URL");
    assertThatThrownBy(() -> new JsonHttpClient(NationalSystem.VRS, zeroTimeout))
        .isInstanceOf(IllegalStateException.class).hasMessage("national-systems.vrs.read-timeout must be a positive duration");
  }

  private JsonHttpClient client() {
    return new JsonHttpClient(NationalSystem.VRS, properties());
  }

  private NationalSystemProperties properties() {
    NationalSystemProperties properties = new NationalSystemProperties();
    properties.setBaseUrl("http://localhost:" + server.getAddress().getPort() + "/");
    properties.setReadTimeout(Duration.ofSeconds(2));
    return properties;
  }
}
