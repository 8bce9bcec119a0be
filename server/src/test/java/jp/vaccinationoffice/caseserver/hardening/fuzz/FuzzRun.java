package jp.vaccinationoffice.caseserver.hardening.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.vaccinationoffice.caseserver.support.RawDatabaseScan;

/**
 * Sends the generated requests to the running server and judges every answer: never 5xx, an RFC
 * 9457 problem body on every 4xx, and no valid My Number anywhere in an answer.
 */
public final class FuzzRun {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  private final String baseUrl;
  private final Map<String, String> credentials;
  private final AtomicInteger sent = new AtomicInteger();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  /** {@code credentials}: caller name to "user:password"; a caller without an entry sends none. */
  public FuzzRun(int port, Map<String, String> credentials) {
    this.baseUrl = "http://localhost:" + port;
    this.credentials = credentials;
  }

  public FuzzRun send(List<FuzzRequest> requests, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> pending = new ArrayList<>();
      for (FuzzRequest request : requests) {
        pending.add(pool.submit(() -> judge(request, send(request))));
      }
      for (Future<?> each : pending) {
        each.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return this;
  }

  public int sent() {
    return sent.get();
  }

  public List<String> failures() {
    return List.copyOf(failures);
  }

  private HttpResponse<String> send(FuzzRequest request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.path()))
        .timeout(Duration.ofSeconds(30))
        .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    if (request.accept() != null) {
      builder.header("Accept", request.accept());
    }
    String credential = credentials.get(request.caller());
    if (credential != null) {
      builder.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString(credential.getBytes(StandardCharsets.UTF_8)));
    }
    sent.incrementAndGet();
    try {
      return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      failures.add(request.describe() + ": no answer (" + e.getClass().getSimpleName() + ")");
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void judge(FuzzRequest request, HttpResponse<String> response) {
    if (response == null) {
      return;
    }
    int status = response.statusCode();
    String body = response.body();
    if (status >= 500) {
      failures.add(request.describe() + ": " + status + " " + excerpt(body));
    } else if (status >= 400 && !isProblem(response, status)) {
      failures.add(request.describe() + ": " + status + " without a problem body: "
          + response.headers().firstValue("Content-Type").orElse("no content type") + " " + excerpt(body));
    }
    List<String> myNumbers = RawDatabaseScan.myNumbersIn(body);
    if (!myNumbers.isEmpty()) {
      failures.add(request.describe() + ": " + status + " answer holds a My Number " + myNumbers);
    }
  }

  /** An RFC 9457 problem: its media type, and a JSON object whose {@code status} is the HTTP status. */
  public static boolean isProblem(HttpResponse<String> response, int status) {
    if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
      return false;
    }
    try {
      JsonNode problem = JSON.readTree(response.body());
      return problem.isObject() && problem.path("status").asInt() == status && problem.hasNonNull("title")
          && problem.hasNonNull("type");
    } catch (IOException e) {
      return false;
    }
  }

  private static String excerpt(String body) {
    String masked = body.replaceAll("\\d{12}", "<12 digits>");
    return masked.length() > 200 ? masked.substring(0, 200) + "…" : masked;
  }
}
