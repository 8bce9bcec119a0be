package jp.vaccinationoffice.caseserver.staffwrites;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts a request to the engine REST API (Operaton 1.0.3, the Camunda 7 REST API) by what it may
 * write. Paths are relative to the API's root ({@code /engine-rest} or the webapps'
 * {@code /operaton/api/engine/engine/{name}}), without parameters, leading or trailing slashes.
 * The first rule that matches decides; a change no rule names is {@link EngineWriteKind#OTHER}.
 */
final class EngineWriteRules {

  private static final String ID = "[^/]+";

  private record Rule(Pattern path, EngineWriteKind kind) {}

  private static final Pattern TASK = Pattern.compile("task/" + ID);
  private static final Pattern TASK_PATH = Pattern.compile("task/(" + ID + ")(/.*)?");
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private static final List<Pattern> QUERIES = List.of(
      Pattern.compile("(task|process-instance|execution|variable-instance|case-instance|case-execution|job"
          + "|job-definition|external-task|group|schema/log|history/[^/]+)(/count)?"),
      Pattern.compile("filter/" + ID + "/(list|count|singleResult)"));

  private static final List<Rule> CHANGES = List.of(
      rule("task/" + ID + "/(complete|submit-form|resolve)", EngineWriteKind.FORM_COMPLETION),
      rule("task/" + ID + "/(claim|assignee|delegate)", EngineWriteKind.ASSIGNMENT),
      rule("task/" + ID + "/identity-links(/delete)?", EngineWriteKind.IDENTITY_LINK),
      // every path with a variables segment: task, local, process-instance, execution, case instance and
      // case execution variables (PUT, DELETE, POST modifications, binary data), variables-async, history
      rule("(?i)(.+/)?[^/]*(variables|variable-instances?)[^/]*(/.*)?", EngineWriteKind.VARIABLE_RESOURCE),
      rule("external-task/.+", EngineWriteKind.EXTERNAL_TASK));

  private EngineWriteRules() {}

  static EngineWriteKind classify(String method, String path) {
    String verb = method.toUpperCase(Locale.ROOT);
    if (isRead(verb)) {
      return EngineWriteKind.READ;
    }
    if ("POST".equals(verb) && QUERIES.stream().anyMatch(query -> query.matcher(path).matches())) {
      return EngineWriteKind.QUERY;
    }
    if ("PUT".equals(verb) && TASK.matcher(path).matches()) {
      return EngineWriteKind.TASK_UPDATE;
    }
    for (Rule rule : CHANGES) {
      if (rule.path().matcher(path).matches()) {
        return rule.kind();
      }
    }
    return EngineWriteKind.OTHER;
  }

  static boolean isRead(String method) {
    return READ_METHODS.contains(method.toUpperCase(Locale.ROOT));
  }

  /** The task id of a {@code task/{id}/...} path. */
  static String taskId(String path) {
    Matcher matcher = TASK_PATH.matcher(path);
    return matcher.matches() ? matcher.group(1) : null;
  }

  /**
   * Joins path segments without empty ones and without the named-engine prefix, so that
   * {@code //task//1/}, {@code engine/default/task/1} and {@code task/1} are one path: the API serves
   * every resource under {@code /engine/{name}} too.
   */
  static String normalise(List<String> segments) {
    List<String> path = segments.stream().filter(segment -> !segment.isEmpty()).toList();
    if (path.size() > 2 && "engine".equals(path.get(0))) {
      path = path.subList(2, path.size());
    }
    return String.join("/", path);
  }

  private static Rule rule(String regex, EngineWriteKind kind) {
    return new Rule(Pattern.compile(regex), kind);
  }
}
