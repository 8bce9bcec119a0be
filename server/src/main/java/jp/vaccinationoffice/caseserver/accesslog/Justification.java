package jp.vaccinationoffice.caseserver.accesslog;

/**
 * How an access names its business reason in {@link AccessEntry#justification()}: the engine task
 * being worked ({@code task:<task id>}) or the case it belongs to ({@code case:<case id>}, the
 * process instances' business key). The unjustified-reads report checks both against the engine's
 * history; anything else counts as no recognised reason.
 */
public final class Justification {

  static final String TASK_PREFIX = "task:";
  static final String CASE_PREFIX = "case:";

  private Justification() {}

  public static String task(String taskId) {
    return TASK_PREFIX + taskId;
  }

  public static String ofCase(String caseId) {
    return CASE_PREFIX + caseId;
  }
}
