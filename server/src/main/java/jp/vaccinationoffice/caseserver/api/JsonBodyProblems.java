package jp.vaccinationoffice.caseserver.api;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says which field of a JSON body is wrong and what was expected, never what was sent: a field name
 * is repeated only when it looks like one (a My Number sent as a key stays unrepeated).
 */
final class JsonBodyProblems {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final String DUPLICATE = "Duplicate field";

  private JsonBodyProblems() {}

  static String describe(Throwable cause) {
    for (Throwable c = cause; c != null; c = c.getCause()) {
      if (c instanceof StreamReadException read && read.getOriginalMessage() != null
          && read.getOriginalMessage().startsWith(DUPLICATE) && read.getProcessor() != null) {
        return "field " + path(read.getProcessor().getParsingContext()) + " is given twice: each field may appear once";
      }
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return "unknown field " + path(unknown.getPath()) + ": the body has no such field (check its spelling)";
    }
    if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return path(mismatch.getPath()) + " " + expectation(mismatch.getTargetType());
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return path(mapping.getPath()) + " has the wrong form";
    }
    return null;
  }

  private static String expectation(Class<?> type) {
    if (type == null) {
      return "has the wrong form";
    }
    if (type == String.class) {
      return "must be a JSON string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false (not a string or a number)";
    }
    if (type == LocalDate.class) {
      return "must be a real calendar date written yyyy-MM-dd (a date, not a date-time)";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "must be a JSON number";
    }
    if (type.isEnum()) {
      return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
    }
    if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
      return "must be a JSON array";
    }
    return "must be a JSON object";
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        append(path, reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "the body" : path.toString();
  }

  private static String path(JsonStreamContext context) {
    Deque<JsonStreamContext> contexts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      contexts.push(c);
    }
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c : contexts) {
      if (c.inObject()) {
        append(path, c.getCurrentName());
      } else if (c.inArray()) {
        path.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
      }
    }
    return path.isEmpty() ? "the body" : path.toString();
  }

  private static void append(StringBuilder path, String name) {
    if (!path.isEmpty()) {
      path.append('.');
    }
    path.append(name != null && PLAIN_NAME.matcher(name).matches() ? name : "(a field whose name is not a plain name)");
  }
}
