package jp.vaccinationoffice.simulators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain JSON-over-HTTP client for the tests. */
final class SimulatorHttp {

  record Answer(int status, JsonNode body, String text, HttpHeaders headers) {}

  private final String baseUrl;
  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();

  SimulatorHttp(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  Answer post(String path, Object body) {
    return post(path, body, null, Duration.ofSeconds(20));
  }

  Answer post(String path, Object body, String idempotencyKey) {
    return post(path, body, idempotencyKey, Duration.ofSeconds(20));
  }

  /** Posts {@code body} as JSON; a String body is sent as it is. */
  Answer post(String path, Object body, String idempotencyKey, Duration timeout) {
    try {
      String text = body instanceof String raw ? raw : json.writeValueAsString(body);
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
          .timeout(timeout)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(text));
      if (idempotencyKey != null) {
        request.header("Idempotency-Key", idempotencyKey);
      }
      return send(request.build());
    } catch (IOException e) {
      throw new RuntimeException(e);
    }
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
  }

  /** Sends without catching I/O errors, for tests that expect a client timeout. */
  HttpResponse<String> sendRaw(String path, String body, Duration timeout) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      JsonNode body = text == null || text.isBlank() ? null : json.readTree(text);
      return new Answer(response.statusCode(), body, text, response.headers());
    } catch (IOException e) {
      throw new RuntimeException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RuntimeException(e);
    }
  }
}
