package jp.vaccinationoffice.modelchecks.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads form-js JSON. The tree gives the structure; a streaming pass gives the line of every object,
 * which matches the tree's objects one to one when both are visited in document order.
 */
final class FormReader {

  record Result(FormFile form, Violation failure) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  Result read(Path file, String displayName, String baseName) {
    try {
      JsonNode root = MAPPER.readTree(file.toFile());
      if (root == null || !root.isObject()) {
        return failure(displayName, 1, "is not a form: the document is not a JSON object");
      }
      ObjectLines lines = objectLines(file);
      List<FormFile.Field> fields = new ArrayList<>();
      List<FormFile.Component> components = new ArrayList<>();
      Iterator<Integer> objectLines = lines.objectLines.iterator();
      collectFields(root, root, objectLines, fields, components);
      String id = root.path("id").isTextual() ? root.get("id").asText() : null;
      return new Result(new FormFile(displayName, baseName, id, lines.rootIdLine, fields, components), null);
    } catch (JsonProcessingException e) {
      Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
      return failure(displayName, line, "is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return failure(displayName, null, "cannot be read: " + e.getMessage());
    }
  }

  private static Result failure(String displayName, Integer line, String message) {
    Integer knownLine = line != null && line > 0 ? line : null;
    return new Result(null, new Violation(displayName, knownLine, null, Rule.MALFORMED_FILE, message));
  }

  /** Visits objects in document order, consuming one line per object. */
  private static void collectFields(JsonNode root, JsonNode node, Iterator<Integer> objectLines,
      List<FormFile.Field> fields, List<FormFile.Component> components) {
    if (node.isObject()) {
      int line = objectLines.next();
      JsonNode id = node.get("id");
      if (node != root && id != null && id.isTextual() && node.has("type")) {
        components.add(new FormFile.Component(id.asText(), line));
      }
      JsonNode key = node.get("key");
      if (key != null && key.isTextual() && !key.asText().isBlank()) {
        JsonNode label = node.get("label");
        fields.add(new FormFile.Field(key.asText(), node.path("type").asText(null),
            label != null && label.isTextual() ? label.asText() : null, line));
      }
    }
    for (JsonNode child : node) {
      collectFields(root, child, objectLines, fields, components);
    }
  }

  private record ObjectLines(List<Integer> objectLines, Integer rootIdLine) {}

  private static ObjectLines objectLines(Path file) throws IOException {
    List<Integer> lines = new ArrayList<>();
    Integer rootIdLine = null;
    int depth = 0;
    try (JsonParser parser = FACTORY.createParser(file.toFile())) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT) {
          lines.add(parser.currentTokenLocation().getLineNr());
          depth++;
        } else if (token == JsonToken.END_OBJECT) {
          depth--;
        } else if (token == JsonToken.FIELD_NAME && depth == 1 && "id".equals(parser.currentName())) {
          rootIdLine = parser.currentTokenLocation().getLineNr();
        }
      }
    }
    return new ObjectLines(lines, rootIdLine);
  }
}
