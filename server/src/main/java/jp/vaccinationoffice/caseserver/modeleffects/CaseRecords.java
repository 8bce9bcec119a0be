package jp.vaccinationoffice.caseserver.modeleffects;

import java.util.Set;

/**
 * Where the effects a process model declares are written for the processes of one kind of case.
 * The case is the process's business key.
 */
public interface CaseRecords {

  /** The process ids whose effects this store keeps. */
  Set<String> processes();

  /** A flow node declared {@code caseStatus}. */
  void status(String caseId, String status);

  /** A flow node declared {@code journal}: a step taken by the system. */
  void step(String caseId, String step);

  /** A business rule task evaluated its decision. */
  void decision(String caseId, DecisionTaken decision);

  /** A member of staff completed a user task with its form. */
  void taskCompleted(String caseId, TaskCompletion completion);

  /** A flow node declared {@code consent}: the case's consent reached that state. */
  default void consent(String caseId, String state) {
    throw new UnsupportedOperationException("processes " + processes() + " keep no consent");
  }
}
