package jp.vaccinationoffice.caseserver.movein;

import java.util.Set;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Refuses to complete {@code verify-identity} with documents the office does not know, and journals the check. */
@Component("identityDocuments")
public class IdentityDocuments {

  static final Set<String> NUMBER_DOCUMENTS = Set.of("MY_NUMBER_CARD", "NOTIFICATION_CARD", "RESIDENT_RECORD_WITH_NUMBER", "NONE");
  static final Set<String> IDENTITY_DOCUMENTS = Set.of("MY_NUMBER_CARD", "DRIVERS_LICENSE", "PASSPORT", "RESIDENCE_CARD",
      "TWO_NON_PHOTO_DOCUMENTS", "NONE");

  private final CaseJournal journal;

  public IdentityDocuments(CaseJournal journal) {
    this.journal = journal;
  }

  public void check(DelegateTask task) {
    Object number = task.getVariable("numberDocument");
    Object identity = task.getVariable("identityDocument");
    if (!NUMBER_DOCUMENTS.contains(number)) {
      throw new BadUserRequestException("numberDocument must be one of " + NUMBER_DOCUMENTS);
    }
    if (!IDENTITY_DOCUMENTS.contains(identity)) {
      throw new BadUserRequestException("identityDocument must be one of " + IDENTITY_DOCUMENTS);
    }
    journal.step(task.getExecution().getProcessBusinessKey(), "IDENTITY_DOCUMENTS_RECORDED", actor(task),
        number + " + " + identity);
  }

  static String actor(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : CaseJournal.SYSTEM;
  }
}
