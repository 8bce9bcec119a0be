package jp.vaccinationoffice.caseserver.hardening.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Requests for every operation of the case API's OpenAPI document, {@code perOperation} each. */
public final class CaseApiFuzzer {

  static final List<String> WRONG_MEDIA_TYPES = List.of("text/plain", "application/xml",
      "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=ISO-8859-1",
      "application/octet-stream");
  static final List<String> ODD_ACCEPTS = List.of("application/xml", "text/html", "image/png", "*/*",
      "application/problem+json");

  private final JsonNode document;
  private final FuzzValues values;
  private final List<String> callers;
  private final JsonBodies bodies;
  private final Map<String, List<String>> callersByPathPrefix = new LinkedHashMap<>();

  public CaseApiFuzzer(JsonNode document, FuzzValues values, List<String> callers) {
    this.document = document;
    this.values = values;
    this.callers = callers;
    this.bodies = new JsonBodies(document, values);
  }

  /** Who calls the operations under a path prefix instead, e.g. those that change the caller's own account. */
  public CaseApiFuzzer callersFor(String pathPrefix, List<String> prefixCallers) {
    callersByPathPrefix.put(pathPrefix, prefixCallers);
    return this;
  }

  public List<FuzzRequest> requests(int perOperation) {
    List<FuzzRequest> requests = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
      while (operations.hasNext()) {
        Map.Entry<String, JsonNode> operation = operations.next();
        for (int i = 0; i < perOperation; i++) {
          requests.add(request(operation.getKey().toUpperCase(), path.getKey(), operation.getValue()));
        }
      }
    }
    return requests;
  }

  private FuzzRequest request(String method, String template, JsonNode operation) {
    String caller = values.pick(callersByPathPrefix.entrySet().stream()
        .filter(prefix -> template.startsWith(prefix.getKey())).map(Map.Entry::getValue).findFirst().orElse(callers));
    StringBuilder path = new StringBuilder(template);
    List<String> query = new ArrayList<>();
    for (JsonNode parameter : operation.path("parameters")) {
      String name = parameter.path("name").asText();
      if (parameter.path("in").asText().equals("path")) {
        int at = path.indexOf("{" + name + "}");
        path.replace(at, at + name.length() + 2, segment(values.id()));
      } else if (parameter.path("in").asText().equals("query") && values.chance(0.5)) {
        query.add(name + "=" + encode(values.chance(0.3) ? values.id() : values.string()));
      }
    }
    if (values.chance(0.1)) {
      query.add(values.word(5) + "=" + encode(values.string()));
    }
    String url = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    FuzzRequest request = withBody(caller, method, url, operation.path("requestBody").path("content"));
    return values.chance(0.12) ? request.accepting(values.pick(ODD_ACCEPTS)) : request;
  }

  private FuzzRequest withBody(String caller, String method, String url, JsonNode content) {
    if (content.has("application/json")) {
      JsonNode schema = content.get("application/json").path("schema");
      return switch (values.below(10)) {
        case 0, 1 -> FuzzRequest.of(caller, method, url, "application/json", values.brokenJson());
        case 2 -> FuzzRequest.of(caller, method, url, values.pick(WRONG_MEDIA_TYPES), bodies.body(schema));
        default -> FuzzRequest.of(caller, method, url, "application/json", bodies.body(schema));
      };
    }
    if (content.has("multipart/form-data")) {
      return switch (values.below(4)) {
        case 0 -> FuzzRequest.of(caller, method, url, "application/json", "{}");
        case 1 -> FuzzRequest.of(caller, method, url, "multipart/form-data; boundary=xyz", "--xyz\r\nbroken");
        default -> multipart(caller, method, url);
      };
    }
    if (values.chance(0.15)) {
      return FuzzRequest.of(caller, method, url, values.pick(WRONG_MEDIA_TYPES), values.brokenJson());
    }
    return FuzzRequest.of(caller, method, url, null, null);
  }

  private FuzzRequest multipart(String caller, String method, String url) {
    String field = values.chance(0.8) ? "file" : values.word(4);
    String content = switch (values.below(4)) {
      case 0 -> "";
      case 1 -> "宛名番号,個人番号\n" + values.string() + "," + values.string() + "\n";
      case 2 -> "%PDF-1.4\n" + values.word(40);
      default -> values.string() + "\n" + values.string();
    };
    String body = "--fuzz\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
        + values.pick(List.of("ledger.csv", "a.pdf", "../../x.csv", "", values.word(300))) + "\"\r\n"
        + "Content-Type: text/csv\r\n\r\n" + content + "\r\n--fuzz--\r\n";
    return FuzzRequest.of(caller, method, url, "multipart/form-data; boundary=fuzz", body);
  }

  /** A path segment: values the generator gives already encoded (with %) pass as they are. */
  static String segment(String value) {
    return value.contains("%") ? value : encode(value);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
