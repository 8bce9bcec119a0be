package jp.vaccinationoffice.caseserver.accounts;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.operaton.bpm.webapp.impl.security.auth.Authentications;
import org.operaton.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * The live HTTP sessions of this node. The Operaton webapps keep the signed-in user in the session,
 * so ending a person's sessions signs them out of Tasklist, Cockpit and Admin at once.
 */
@Component
public class WebappSessions implements HttpSessionListener, HttpSessionIdListener {

  /** Where the webapps keep their {@link Authentications} in the session. */
  static final String AUTHENTICATIONS_ATTRIBUTE = "authenticatedUser";

  private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
  private final SignInLog signInLog;

  public WebappSessions(SignInLog signInLog) {
    this.signInLog = signInLog;
  }

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    sessions.put(event.getSession().getId(), event.getSession());
  }

  @Override
  public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
    sessions.remove(oldSessionId);
    sessions.put(event.getSession().getId(), event.getSession());
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    HttpSession session = event.getSession();
    sessions.remove(session.getId());
    if (timedOut(session)) {
      for (String userId : usersOf(session)) {
        signInLog.record(SignInEvent.SESSION_ENDED, userId, null, "reason=timeout");
      }
    }
  }

  /** Invalidates every session in which this user is signed in; returns how many there were. */
  public int end(String userId) {
    int ended = 0;
    for (HttpSession session : sessions.values()) {
      try {
        if (usersOf(session).contains(userId)) {
          session.invalidate();
          ended++;
        }
      } catch (IllegalStateException alreadyInvalidated) {
        sessions.remove(session.getId());
      }
    }
    return ended;
  }

  /** The users signed in to the webapps in this session. */
  public static List<String> usersOf(HttpSession session) {
    if (!(session.getAttribute(AUTHENTICATIONS_ATTRIBUTE) instanceof Authentications authentications)) {
      return List.of();
    }
    return authentications.getAuthentications().stream().map(UserAuthentication::getIdentityId).toList();
  }

  private static boolean timedOut(HttpSession session) {
    try {
      return session.getMaxInactiveInterval() > 0
          && System.currentTimeMillis() - session.getLastAccessedTime() >= session.getMaxInactiveInterval() * 1000L;
    } catch (IllegalStateException invalidated) {
      return false;
    }
  }
}
