package jp.vaccinationoffice.caseserver.portal.session;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The cookie that carries a resident's session: sent over HTTPS only, never readable by scripts,
 * never sent by another site's page, and only to the portal's paths.
 */
public final class ResidentSessionCookie {

  public static final String NAME = "resident_session";
  static final String PATH = "/portal";

  private ResidentSessionCookie() {}

  public static Optional<String> read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies).filter(cookie -> NAME.equals(cookie.getName())).map(Cookie::getValue).findFirst();
  }

  public static void write(HttpServletResponse response, String token) {
    response.addHeader(HttpHeaders.SET_COOKIE, cookie(token, ResidentSessions.IDLE_TIMEOUT.toSeconds()).toString());
  }

  public static void clear(HttpServletResponse response) {
    response.addHeader(HttpHeaders.SET_COOKIE, cookie("", 0).toString());
  }

  private static ResponseCookie cookie(String value, long maxAgeSeconds) {
    return ResponseCookie.from(NAME, value).path(PATH).secure(true).httpOnly(true).sameSite("Strict")
        .maxAge(maxAgeSeconds).build();
  }
}
