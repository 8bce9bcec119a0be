package jp.vaccinationoffice.caseserver.modeleffects;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.impl.identity.Authentication;

/** Who acts on a task: the signed-in user, else its assignee, else the system. */
public final class Actors {

  public static final String SYSTEM = "system";

  private Actors() {}

  static String of(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }
}
