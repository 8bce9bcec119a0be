package jp.vaccinationoffice.caseserver.portal.mypage;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.portal.session.ResidentPrincipal;
import jp.vaccinationoffice.caseserver.portal.signin.ResidentAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who the signed-in resident is to their requests (the index of their My Number), and the access
 * log of what they read, download or change. What is not theirs is answered as not found, the same
 * as what does not exist, and the attempt is logged.
 */
@Component
class ResidentAccess {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final ResidentAccounts accounts;
  private final AccessLog accessLog;

  ResidentAccess(ResidentAccounts accounts, AccessLog accessLog) {
    this.accounts = accounts;
    this.accessLog = accessLog;
  }

  String personIndex(ResidentPrincipal resident) {
    return accounts.personIndexOf(resident).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  String name(ResidentPrincipal resident) {
    return accounts.nameOf(resident);
  }

  void log(ResidentPrincipal resident, AccessAction action, String subjectType, String subjectId, String justification,
      HttpServletRequest request) {
    accessLog.record(new AccessEntry(actor(resident), resident.municipalityCode(), action, subjectType, subjectId,
        justification, request.getRemoteAddr()));
  }

  /** Logs the refused look at something not the resident's; the id is logged only when it has the form of one. */
  ResponseStatusException notFound(ResidentPrincipal resident, String subjectType, String subjectId, String justification,
      HttpServletRequest request) {
    log(resident, AccessAction.REFUSE, subjectType, subjectId != null && ID.matcher(subjectId).matches() ? subjectId : "-",
        "portal:not-own:" + justification, request);
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  static String actor(ResidentPrincipal resident) {
    return "resident:" + resident.residentId();
  }
}
