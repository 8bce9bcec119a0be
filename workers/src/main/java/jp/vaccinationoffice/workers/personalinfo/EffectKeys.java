package jp.vaccinationoffice.workers.personalinfo;

import jp.vaccinationoffice.workers.runtime.CaseTask;

/**
 * One key per request and entry into a step: a retried or duplicated task gets the same key, a step
 * entered again (a second amendment request) a new one.
 */
final class EffectKeys {

  private EffectKeys() {}

  static String of(CaseTask task) {
    return "personal-information-request:" + task.caseId() + ":" + task.activityInstanceId();
  }
}
