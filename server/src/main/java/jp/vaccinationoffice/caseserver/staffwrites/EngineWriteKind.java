package jp.vaccinationoffice.caseserver.staffwrites;

/** What a request to the engine's REST API does, as far as the rules for staff are concerned. */
enum EngineWriteKind {
  /** GET, HEAD, OPTIONS: reads nothing into the engine. */
  READ,
  /** A query sent as POST: its body holds filter criteria, some of them named like variables. */
  QUERY,
  /** Completing a task (complete, submit-form, resolve): the variables must be the task form's fields. */
  FORM_COMPLETION,
  /** claim, assignee, delegate: the user named must be able to work the task. */
  ASSIGNMENT,
  /** PUT /task/{id}: a changed assignee or owner must be able to work the task. */
  TASK_UPDATE,
  /** Adding or removing a task's candidate users and groups. */
  IDENTITY_LINK,
  /** A variable resource: task, local, process-instance, execution and case variables, batch and history. */
  VARIABLE_RESOURCE,
  /** External tasks are the workers' business. */
  EXTERNAL_TASK,
  /** Any other change: refused for staff when its body carries variables. */
  OTHER
}
