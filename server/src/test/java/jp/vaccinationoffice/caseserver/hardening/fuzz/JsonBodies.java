package jp.vaccinationoffice.caseserver.hardening.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON bodies shaped by an OpenAPI schema, with the usual mistakes mixed in: fields of the wrong
 * type, missing fields, unknown fields, boundary values, and a key given twice.
 */
final class JsonBodies {

  private static final int MAX_DEPTH = 6;

  private final JsonNode schemas;
  private final FuzzValues values;

  JsonBodies(JsonNode document, FuzzValues values) {
    this.schemas = document.path("components").path("schemas");
    this.values = values;
  }

  String body(JsonNode schema) {
    String json = value(schema, 0);
    if (values.chance(0.15) && json.startsWith("{\"")) {
      int colon = json.indexOf("\":");
      String firstKey = json.substring(1, colon + 1);
      json = "{" + firstKey + ":" + values.anyJson() + "," + json.substring(1); // the same key twice
    }
    return json;
  }

  private String value(JsonNode schema, int depth) {
    JsonNode resolved = resolve(schema);
    if (depth > MAX_DEPTH || values.chance(0.08)) {
      return values.anyJson();
    }
    if (resolved.has("enum") && values.chance(0.7)) {
      List<JsonNode> choices = new ArrayList<>();
      resolved.get("enum").forEach(choices::add);
      return choices.isEmpty() ? values.anyJson() : values.pick(choices).toString();
    }
    return switch (type(resolved)) {
      case "object" -> object(resolved, depth);
      case "array" -> "[" + (values.chance(0.5) ? "" : value(resolved.path("items"), depth + 1)) + "]";
      case "integer" -> values.pick(List.of("0", "1", "-1", "7", "8", "2147483648", "1.5", "\"1\""));
      case "number" -> values.pick(List.of("0", "1.5", "-1", "1e309", "\"1\""));
      case "boolean" -> values.pick(List.of("true", "false", "\"true\"", "1", "null"));
      case "string" -> string(resolved);
      default -> values.anyJson();
    };
  }

  private String object(JsonNode schema, int depth) {
    List<String> members = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> property = properties.next();
      if (values.chance(0.12)) {
        continue;
      }
      members.add(FuzzValues.quoted(property.getKey()) + ":" + value(property.getValue(), depth + 1));
    }
    if (values.chance(0.1)) {
      members.add(FuzzValues.quoted(values.word(6)) + ":" + values.anyJson());
    }
    return "{" + String.join(",", members) + "}";
  }

  private String string(JsonNode schema) {
    String format = schema.path("format").asText("");
    if (format.equals("date") && values.chance(0.6)) {
      return FuzzValues.quoted(values.pick(List.of("2026-11-20", "1980-04-01", "2026-02-30", "2026/11/20",
          "2026-11-20T10:00:00Z", "0000-01-01", "9999-12-31", "")));
    }
    if (format.equals("date-time") && values.chance(0.6)) {
      return FuzzValues.quoted(values.pick(List.of("2026-11-20T10:00:00Z", "2026-11-20", "x")));
    }
    return FuzzValues.quoted(values.string());
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int i = 0; i < 10 && current.has("$ref"); i++) {
      String ref = current.get("$ref").asText();
      current = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return current;
  }

  private static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode each : type) {
        if (!each.asText().equals("null")) {
          return each.asText();
        }
      }
    }
    if (type.isTextual()) {
      return type.asText();
    }
    return schema.has("properties") ? "object" : "any";
  }
}
