package jp.vaccinationoffice.caseserver.portal.mypage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.portal.session.ResidentSessionCookie;

/**
 * A resident with a simulated My Number card, using the portal over HTTP as a browser does: signs in
 * with the demo card reader, keeps the portal's cookies and sends each form with its CSRF token.
 */
final class PortalResident {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> cookies = new LinkedHashMap<>();
  final String cardId;

  private PortalResident(int port, String cardId) {
    this.port = port;
    this.cardId = cardId;
  }

  /** A new card of the person (their My Number and four basic items, an address in 防府市) with PIN 1234. */
  static PortalResident withCard(int port, String myNumber, String name, String birthDate, String sex) {
    HttpResponse<String> issued = simulator(port, "/sim/jpki/cards", Map.of("myNumber", myNumber, "name", name,
        "address", "山口県防府市寿町7番1号", "birthDate", birthDate, "sex", sex, "pin", "1234"));
    try {
      return new PortalResident(port, JSON.readTree(issued.body()).get("cardId").asText());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Posts JSON to a simulator of the server, which must answer 201. */
  static HttpResponse<String> simulator(int port, String path, Map<String, String> body) {
    try {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
      return answer;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Signs in with the demo card reader; the answer to the card's form. */
  HttpResponse<String> signIn() {
    HttpResponse<String> page = get("/portal/sign-in");
    return post("/portal/sign-in/demo-card", csrf(page) + "&cardId=" + cardId + "&pin=1234");
  }

  boolean signedIn() {
    return cookies.containsKey(ResidentSessionCookie.NAME) && !cookies.get(ResidentSessionCookie.NAME).isEmpty();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> download(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Posts the form of the page at {@code formPage} with that page's CSRF token. */
  HttpResponse<String> submit(String formPage, String path) {
    return post(path, csrf(get(formPage)));
  }

  HttpResponse<String> post(String path, String form) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
  }

  private static String csrf(HttpResponse<String> page) {
    Matcher field = CSRF_FIELD.matcher(page.body());
    assertThat(field.find()).as("a form with its CSRF token on " + page.uri()).isTrue();
    return "_csrf=" + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8);
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    if (!cookies.isEmpty()) {
      request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .toList()));
    }
    try {
      HttpResponse<T> response = client.send(request.build(), body);
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        String pair = cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
        String value = pair.substring(pair.indexOf('=') + 1);
        if (value.isEmpty()) {
          cookies.remove(pair.substring(0, pair.indexOf('=')));
        } else {
          cookies.put(pair.substring(0, pair.indexOf('=')), value);
        }
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
