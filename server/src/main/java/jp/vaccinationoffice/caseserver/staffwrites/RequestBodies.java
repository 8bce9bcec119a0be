package jp.vaccinationoffice.caseserver.staffwrites;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the JSON body of an engine API request as strictly as the engine reads it or more: a
 * member named twice is refused rather than read one way here and another way by the engine.
 */
final class RequestBodies {

  /** Members through which the engine's REST API takes variables, correlation keys included. */
  private static final Pattern VARIABLE_MEMBER =
      Pattern.compile("(?i).*variables.*|modifications|deletions|.*correlationKeys");

  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private RequestBodies() {}

  /** @throws IllegalArgumentException when the body is not one JSON value */
  static JsonNode read(byte[] body) {
    if (isBlank(body)) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the request body is not valid JSON (or names a member twice)", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("the request body cannot be read", e);
    }
  }

  /** The names of the members, at any depth, that carry variables (an empty or null one does not count). */
  static List<String> variableMembers(JsonNode node) {
    List<String> found = new ArrayList<>();
    collect(node, found);
    return found;
  }

  private static void collect(JsonNode node, List<String> found) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
        Map.Entry<String, JsonNode> member = members.next();
        if (VARIABLE_MEMBER.matcher(member.getKey()).matches() && carriesSomething(member.getValue())) {
          found.add(member.getKey());
        }
        collect(member.getValue(), found);
      }
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, found));
    }
  }

  private static boolean carriesSomething(JsonNode value) {
    // variables always come as a map (or a list of instructions holding maps); flags such as
    // withVariablesInReturn only ask for variables back
    return value.isContainerNode() && !value.isEmpty();
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }
}
