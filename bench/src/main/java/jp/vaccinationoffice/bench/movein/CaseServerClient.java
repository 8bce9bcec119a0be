package jp.vaccinationoffice.bench.movein;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The case server's public HTTP API as the bench uses it: JSON bodies, HTTP Basic, one pooled
 * HTTP/1.1 client for all client threads, and the webapp sessions the client threads share. Failures
 * name the request and the status, never a body sent (it may hold a My Number).
 */
final class CaseServerClient {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final String baseUrl;
  private final Map<String, WebappSession> sessions = new ConcurrentHashMap<>();

  CaseServerClient(String baseUrl) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  /** The signed-in session of {@code user} in {@code app} on this node, signed in at the first call. */
  WebappSession session(String user, String password, String app) throws IOException, InterruptedException {
    String key = user + "@" + app;
    WebappSession session = sessions.get(key);
    if (session != null) {
      return session;
    }
    synchronized (sessions) {
      session = sessions.get(key);
      if (session == null) {
        session = WebappSession.signIn(baseUrl, user, password, app);
        sessions.put(key, session);
      }
      return session;
    }
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** POSTs JSON and answers the parsed body (null when empty) of a 2xx answer. */
  JsonNode post(String path, String json, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder request = request(path, authorization)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    return send("POST " + stripQuery(path), request.build());
  }

  JsonNode get(String path, String authorization) throws IOException, InterruptedException {
    return send("GET " + stripQuery(path), request(path, authorization).GET().build());
  }

  private HttpRequest.Builder request(String path, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request;
  }

  private JsonNode send(String what, HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException(what + " answered HTTP " + response.statusCode());
    }
    return response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());
  }

  private static String stripQuery(String path) {
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }
}
