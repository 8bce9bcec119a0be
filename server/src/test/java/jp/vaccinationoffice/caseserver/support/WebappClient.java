package jp.vaccinationoffice.caseserver.support;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * A browser-like client of the Operaton webapps over real HTTP: keeps its cookies (the session) and
 * sends the CSRF token the webapps hand out, as their own script does.
 */
public final class WebappClient {

  public static final String ENGINE_API = "/operaton/api/engine/engine/default";
  private static final String AUTH = "/operaton/api/admin/auth/user/default";

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;
  private String csrfToken;

  public WebappClient(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.client = HttpClient.newBuilder()
        .cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Opens a session and fetches a CSRF token, as the login page does. */
  public WebappClient open() {
    get(AUTH);
    return this;
  }

  /** Signs in to a webapp (tasklist, cockpit or admin); on success fetches the new session's token. */
  public HttpResponse<String> login(String user, String password, String app) {
    if (csrfToken == null) {
      open();
    }
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> response = send(request(AUTH + "/login/" + app)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken)
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (response.statusCode() == 200) {
      csrfToken = null;
      open();
    }
    return response;
  }

  public HttpResponse<String> logout() {
    return postJson(AUTH + "/logout", "{}");
  }

  /** The signed-in user as the webapps see it: 200 when signed in, 404 when not. */
  public HttpResponse<String> whoAmI() {
    return get(AUTH);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> postJson(String path, String json) {
    HttpRequest.Builder builder = request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (csrfToken != null) {
      builder.header("X-XSRF-TOKEN", csrfToken);
    }
    return send(builder);
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send("PUT", path, json);
  }

  /** Any method with an optional JSON body and the session's CSRF token, as the webapps' script sends it. */
  public HttpResponse<String> send(String method, String path, String json) {
    HttpRequest.Builder builder = request(path)
        .header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (csrfToken != null) {
      builder.header("X-XSRF-TOKEN", csrfToken);
    }
    return send(builder);
  }

  public HttpResponse<String> postJsonWithoutCsrfToken(String path, String json) {
    return send(request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      response.headers().firstValue("X-XSRF-TOKEN").filter(token -> !"Required".equals(token))
          .ifPresent(token -> csrfToken = token);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
