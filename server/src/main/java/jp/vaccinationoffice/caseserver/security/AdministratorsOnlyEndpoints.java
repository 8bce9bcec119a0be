package jp.vaccinationoffice.caseserver.security;

import java.util.List;

/**
 * Engine REST endpoints for administrators only, whatever the engine's authorizations would allow:
 * they show or steer the engine's machinery across every municipality (jobs and their definitions,
 * batches, incidents, metrics, the history of jobs, incidents and batches, history clean-up, schema
 * log) and no member of staff needs them at work. The same holds under the webapps' engine API.
 */
public final class AdministratorsOnlyEndpoints {

  public static final List<String> PATHS = List.of("job", "job-definition", "batch", "incident", "metrics",
      "history/job-log", "history/incident", "history/batch", "history/cleanup", "schema/log");

  private AdministratorsOnlyEndpoints() {}

  /** Whether a path relative to the engine REST root (e.g. {@code job/count} or {@code engine/default/job}) is one. */
  public static boolean covers(String relativePath) {
    String path = relativePath.replaceAll("^/+", "").replaceFirst("^engine/[^/]+/", "");
    return PATHS.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
  }

  public static String detail() {
    return "Only administrators may use the engine's " + String.join(", ", PATHS) + " endpoints.";
  }
}
