package jp.vaccinationoffice.caseserver.hardening;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.vaccinationoffice.common.MyNumber;
import org.springframework.http.HttpStatus;

/**
 * RFC 9457 problem bodies for requests refused by a servlet filter, before any controller runs.
 * Each kind of refusal has its own {@code type} URN so that clients and tests can tell them apart.
 */
public final class Problems {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

  private Problems() {}

  public static URI type(String name) {
    return URI.create("urn:vaccination-office:problem:" + name);
  }

  public static void write(HttpServletResponse response, int status, String typeName, String title, String detail)
      throws IOException {
    write(response, status, typeName, title, detail, Map.of());
  }

  /** {@code extensions} are extra members, e.g. {@code message}, which the Operaton webapps show on a failed login. */
  public static void write(HttpServletResponse response, int status, String typeName, String title, String detail,
      Map<String, Object> extensions) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type(typeName).toString());
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.putAll(extensions);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    JSON.writeValue(response.getOutputStream(), body);
  }

  /** A problem for a bare status, when whoever refused the request gave no body of its own. */
  public static void writeForStatus(HttpServletResponse response, int status) throws IOException {
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    write(response, status, status == 404 ? "not-found" : "http-" + status, title, detailFor(status));
  }

  static String detailFor(int status) {
    return switch (status) {
      case 400 -> "The request is malformed.";
      case 401 -> "Sign in: send HTTP Basic credentials of an active account.";
      case 403 -> "Your role does not allow this.";
      case 404 -> "Nothing with this id exists, or the path names no resource.";
      case 405 -> "This method is not allowed here; the Allow header lists the methods that are.";
      case 406 -> "The resource cannot be given in a media type the Accept header names; accept application/json.";
      case 413 -> "The request is larger than this endpoint accepts.";
      case 415 -> "The body's media type is not accepted here; send application/json.";
      default -> status >= 500 ? "The server failed to carry out this request. The failure is logged."
          : "The request was refused.";
    };
  }

  /** A message with every valid My Number in it masked, for messages that may repeat submitted values. */
  public static String withoutMyNumbers(String message) {
    if (message == null) {
      return null;
    }
    Matcher digits = TWELVE_DIGITS.matcher(message);
    StringBuilder masked = new StringBuilder();
    while (digits.find()) {
      digits.appendReplacement(masked, MyNumber.isValid(digits.group()) ? "************" : digits.group());
    }
    return digits.appendTail(masked).toString();
  }
}
