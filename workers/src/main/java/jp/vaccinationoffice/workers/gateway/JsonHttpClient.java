package jp.vaccinationoffice.workers.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * JSON over HTTP to one national system. One instance per system, so that its connections (and
 * TLS sessions) are pooled. Maps answers: 2xx is read into the answer type, other 4xx raise
 * {@link NationalSystemRejectedException}, everything else {@link NationalSystemUnavailableException}.
 */
public final class JsonHttpClient {

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private final NationalSystem system;
  private final String baseUrl;
  private final Duration readTimeout;
  private final String authorization;
  private final HttpClient http;

  public JsonHttpClient(NationalSystem system, NationalSystemProperties properties) {
    this.system = system;
    String prefix = "national-systems." + system.name().toLowerCase() + ".";
    if (properties.getBaseUrl() == null || properties.getBaseUrl().isBlank()) {
      throw new IllegalStateException(prefix + "base-url is required");
    }
    this.baseUrl = validUrl(properties.getBaseUrl().strip().replaceAll("/+$", ""), prefix + "base-url");
    this.readTimeout = positive(properties.getReadTimeout(), prefix + "read-timeout");
    this.authorization = basic(properties.getUsername(), properties.getPassword());
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(positive(properties.getConnectTimeout(), prefix + "connect-timeout"));
    if (properties.getTrustStore() != null && !properties.getTrustStore().isBlank()) {
      builder.sslContext(TrustStores.sslContext(system, properties.getTrustStore(), properties.getTrustStorePassword()));
    }
    this.http = builder.build();
  }

  public NationalSystem system() {
    return system;
  }

  /** POSTs {@code body} as JSON with the Idempotency-Key header and reads the answer. */
  public <T> T post(String operation, String path, Object body, String idempotencyKey, Class<T> answerType) {
    HttpRequest.Builder request = request(path)
        .header("Content-Type", "application/json")
        .header(IDEMPOTENCY_KEY, idempotencyKey)
        .POST(HttpRequest.BodyPublishers.ofByteArray(write(operation, body)));
    return exchange(operation, request.build(), answerType);
  }

  public <T> T get(String operation, String path, Class<T> answerType) {
    return exchange(operation, request(path).GET().build(), answerType);
  }

  /** Encodes one path segment, so that an identifier cannot change the path. */
  public static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(readTimeout)
        .header("Accept", "application/json, application/problem+json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request;
  }

  private <T> T exchange(String operation, HttpRequest request, Class<T> answerType) {
    HttpResponse<byte[]> response = send(operation, request);
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return read(operation, response.body(), answerType);
    }
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
      throw new NationalSystemRejectedException(system, operation, status, reason(response.body()));
    }
    throw new NationalSystemUnavailableException(system, operation, "failed: HTTP " + status, null);
  }

  private HttpResponse<byte[]> send(String operation, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException e) {
      throw unavailable(operation, "could not connect within " + http.connectTimeout().orElseThrow().toMillis() + " ms", e);
    } catch (HttpTimeoutException e) {
      throw unavailable(operation, "timed out after " + readTimeout.toMillis() + " ms", e);
    } catch (ConnectException e) {
      throw unavailable(operation, "failed: connection refused", e);
    } catch (IOException e) {
      throw unavailable(operation, "failed: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(operation, "was interrupted", e);
    }
  }

  private NationalSystemUnavailableException unavailable(String operation, String problem, Exception cause) {
    return new NationalSystemUnavailableException(system, operation, problem, cause);
  }

  private byte[] write(String operation, Object body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(system + " " + operation + ": the request cannot be written as JSON");
    }
  }

  /** Parse errors are not chained: their messages may quote the answer, which can hold a My Number. */
  private <T> T read(String operation, byte[] body, Class<T> answerType) {
    if (answerType == Void.class) {
      return null;
    }
    try {
      T answer = JSON.readValue(body, answerType);
      if (answer == null) {
        throw unavailable(operation, "failed: empty answer", null);
      }
      return answer;
    } catch (IOException e) {
      throw unavailable(operation, "failed: unreadable answer (" + e.getClass().getSimpleName() + ")", null);
    }
  }

  /** The title and detail of a problem body, without anything that looks like a My Number. */
  private static String reason(byte[] body) {
    try {
      JsonNode problem = JSON.readTree(body);
      if (problem == null || !problem.isObject()) {
        return null;
      }
      String title = problem.path("title").asText("");
      String detail = problem.path("detail").asText("");
      String reason = (title + (title.isEmpty() || detail.isEmpty() ? "" : ": ") + detail).strip();
      return reason.isEmpty() ? null : Redaction.scrub(reason);
    } catch (IOException e) {
      return null;
    }
  }

  private static String validUrl(String url, String property) {
    try {
      String scheme = URI.create(url).getScheme();
      if ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) {
        return url;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new IllegalStateException(property + " must be an http or https URL");
  }

  private static Duration positive(Duration value, String property) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalStateException(property + " must be a positive duration");
    }
    return value;
  }

  private static String basic(String username, String password) {
    if (username == null || username.isBlank()) {
      return null;
    }
    String credentials = username + ":" + (password == null ? "" : password);
    return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }
}
