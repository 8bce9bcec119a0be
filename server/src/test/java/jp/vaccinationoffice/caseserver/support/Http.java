package jp.vaccinationoffice.caseserver.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** A small real-HTTP client for tests: every request goes over the wire to the running server. */
public final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  private final String baseUrl;

  public Http(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  public HttpResponse<String> get(String path, String user, String password) {
    return send(request(path).header("Authorization", basic(user, password)).GET().build());
  }

  public HttpResponse<String> postJson(String path, String json, String user, String password) {
    HttpRequest.Builder builder = request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (user != null) {
      builder.header("Authorization", basic(user, password));
    }
    return send(builder.build());
  }

  /** A JSON POST with further headers, given as name, value, name, value ... */
  public HttpResponse<String> postJson(String path, String json, String user, String password, String... headers) {
    HttpRequest.Builder builder = request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (user != null) {
      builder.header("Authorization", basic(user, password));
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(builder.build());
  }

  /** A POST to a simulated national system, which requires an idempotency key on every change. */
  public HttpResponse<String> postJsonIdempotent(String path, String json, String idempotencyKey) {
    return send(request(path)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", idempotencyKey)
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build());
  }

  public HttpResponse<String> putJson(String path, String json, String user, String password) {
    return send(request(path)
        .header("Content-Type", "application/json")
        .header("Authorization", basic(user, password))
        .PUT(HttpRequest.BodyPublishers.ofString(json))
        .build());
  }

  /** Any method with an optional JSON body, signed in with HTTP Basic. */
  public HttpResponse<String> send(String method, String path, String json, String user, String password) {
    return send(request(path)
        .header("Content-Type", "application/json")
        .header("Authorization", basic(user, password))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .build());
  }

  /** A multipart/form-data POST of one file, as a browser's file upload sends it. */
  public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content, String user,
      String password) {
    String boundary = "----case-server-test-" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    return send(request(path)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Authorization", basic(user, password))
        .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
        .build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
