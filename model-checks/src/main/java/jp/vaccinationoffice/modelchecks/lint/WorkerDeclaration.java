package jp.vaccinationoffice.modelchecks.lint;

import java.util.Set;

/**
 * What a worker class declares: the topic it subscribes to, its simple class name and the BPMN
 * error codes of the business outcomes it can throw.
 */
public record WorkerDeclaration(String topic, String className, Set<String> errorCodes) {

  public WorkerDeclaration {
    errorCodes = Set.copyOf(errorCodes);
  }

  /** Topic {@code vrs-query-move-in-records} is worked by {@code VrsQueryMoveInRecordsWorker}. */
  public static String classNameFor(String topic) {
    StringBuilder name = new StringBuilder();
    for (String word : topic.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.append("Worker").toString();
  }
}
