package jp.vaccinationoffice.bench.movein;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A signed-in session of one Operaton webapp on one node, the way a clerk works in the Tasklist or
 * an administrator watches in Cockpit: one sign-in, then the session cookie and its CSRF token on
 * every call to the webapps' engine API. Thread-safe; the client threads share it.
 */
final class WebappSession {

  static final String ENGINE_API = "/operaton/api/engine/engine/default";
  private static final String AUTH = "/operaton/api/admin/auth/user/default";
  private static final String CSRF_HEADER = "X-XSRF-TOKEN";

  private final String baseUrl;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private volatile String csrfToken;

  private WebappSession(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Signs {@code user} in to {@code app} (tasklist, cockpit) on the node at {@code baseUrl}. */
  static WebappSession signIn(String baseUrl, String user, String password, String app)
      throws IOException, InterruptedException {
    WebappSession session = new WebappSession(baseUrl);
    session.fetchToken();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = session.http.send(session.request(AUTH + "/login/" + app)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IOException("POST " + AUTH + "/login/" + app + " answered HTTP " + login.statusCode());
    }
    // a new session after the sign-in, with a token of its own
    session.fetchToken();
    return session;
  }

  /** GETs {@code path} under the engine API and answers the parsed body of a 2xx answer. */
  JsonNode get(String path) throws IOException, InterruptedException {
    return send("GET " + path.replaceAll("\\?.*", ""), request(ENGINE_API + path).GET().build());
  }

  /** POSTs JSON to {@code path} under the engine API; answers the parsed body (null when empty). */
  JsonNode post(String path, String json) throws IOException, InterruptedException {
    return send("POST " + path, request(ENGINE_API + path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  private void fetchToken() throws IOException, InterruptedException {
    HttpResponse<String> answer = http.send(request(AUTH).GET().build(), HttpResponse.BodyHandlers.ofString());
    csrfToken = answer.headers().firstValue(CSRF_HEADER).filter(token -> !"Required".equals(token))
        .orElseThrow(() -> new IOException("GET " + AUTH + " answered HTTP " + answer.statusCode() + " without a CSRF token"));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json");
    if (csrfToken != null) {
      request.header(CSRF_HEADER, csrfToken);
    }
    return request;
  }

  private JsonNode send(String what, HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException(what + " answered HTTP " + response.statusCode());
    }
    return response.body() == null || response.body().isBlank() ? null : CaseServerClient.JSON.readTree(response.body());
  }
}
