package jp.vaccinationoffice.caseserver.hardening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Finds expression syntax ({@code ${...}} or {@code #{...}}) in a query: anywhere in a JSON body
 * (every string and every field name, at any depth, after JSON escapes such as {@code \u0024} are
 * decoded) or in any query-string parameter (after URL decoding).
 */
final class QueryExpressions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private QueryExpressions() {}

  /** @throws IllegalArgumentException when the body is not JSON */
  static boolean inJson(String body) {
    if (body.isBlank()) {
      return false;
    }
    try {
      return contains(JSON.readTree(body));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the request body is not valid JSON", e);
    }
  }

  /** @throws IllegalArgumentException when the query string is not validly URL-encoded */
  static boolean inQueryString(String queryString) {
    if (queryString == null || queryString.isEmpty()) {
      return false;
    }
    for (String parameter : queryString.split("&")) {
      if (isExpression(URLDecoder.decode(parameter, StandardCharsets.UTF_8))) {
        return true;
      }
    }
    return false;
  }

  static boolean isExpression(String text) {
    return text.contains("${") || text.contains("#{");
  }

  private static boolean contains(JsonNode node) {
    if (node.isTextual()) {
      return isExpression(node.textValue());
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (isExpression(field.getKey()) || contains(field.getValue())) {
          return true;
        }
      }
      return false;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (contains(element)) {
          return true;
        }
      }
    }
    return false;
  }
}
