package jp.vaccinationoffice.caseserver.accesslog;

import jakarta.servlet.http.HttpServletRequest;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is accessing, from where, in the {@code /api} request being served: fills in the signed-in
 * member of staff, their municipality and the client address, so that a case API logs an access
 * with one call: {@code accessContext.record(AccessAction.READ, AccessSubjects.CASE, caseId,
 * Justification.task(taskId))}.
 *
 * <p>The client address is the request's remote address. Behind the city's TLS proxy, set
 * {@code server.forward-headers-strategy} so that it is the address the proxy saw, never a header
 * the client chose.
 */
@Component
public class AccessContext {

  private final AccessLog accessLog;

  AccessContext(AccessLog accessLog) {
    this.accessLog = accessLog;
  }

  /** An entry for an access by the signed-in member of staff to their own municipality's data. */
  public AccessEntry entry(AccessAction action, String subjectType, String subjectId, String justification) {
    StaffPrincipal staff = currentStaff();
    return new AccessEntry(staff.userId(), staff.municipalityCode(), action, subjectType, subjectId,
        justification, clientAddress());
  }

  /** Records the access in the access log, in the caller's transaction when there is one. */
  public void record(AccessAction action, String subjectType, String subjectId, String justification) {
    accessLog.record(entry(action, subjectType, subjectId, justification));
  }

  /** The signed-in member of staff; fails outside a signed-in request. */
  public StaffPrincipal currentStaff() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal staff)) {
      throw new IllegalStateException("No signed-in member of staff in this thread");
    }
    return staff;
  }

  /** The address the current request came from, or null outside a request. */
  public String clientAddress() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      HttpServletRequest request = servlet.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
