package jp.vaccinationoffice.caseserver.hardening;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RFC 9457 problem bodies for requests refused by a servlet filter, before any controller runs.
 * Each kind of refusal has its own {@code type} URN so that clients and tests can tell them apart.
 */
public final class Problems {

  private static final ObjectMapper JSON = new ObjectMapper();

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
}
