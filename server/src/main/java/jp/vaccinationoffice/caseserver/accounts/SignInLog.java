package jp.vaccinationoffice.caseserver.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The security log of sign-ins, failures, locks, sign-outs and account changes, on the logger
 * {@value #LOGGER_NAME}: one line each with the event, the user id, the municipality, the channel
 * (webapp, engine-rest, api or server) and the client address. Never a password. Successful
 * sign-ins of system accounts (the workers sign in with every poll) are logged at debug level.
 */
@Component
public class SignInLog {

  public static final String LOGGER_NAME = "jp.vaccinationoffice.security.signin";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
  private static final int MAX_USER_ID_LENGTH = 64;

  public void record(SignInEvent event, String userId, String municipalityCode, String detail) {
    record(event, userId, municipalityCode, detail, false);
  }

  public void record(SignInEvent event, String userId, String municipalityCode, String detail, boolean systemAccount) {
    HttpServletRequest request = currentRequest();
    String line = "event=" + event
        + " user=" + clean(userId)
        + " municipality=" + (municipalityCode == null ? "-" : municipalityCode)
        + " channel=" + channel(request)
        + " client=" + (request == null ? "-" : request.getRemoteAddr())
        + (detail == null ? "" : " " + detail);
    switch (event) {
      case SIGNED_IN -> {
        if (systemAccount) {
          LOG.debug(line);
        } else {
          LOG.info(line);
        }
      }
      case FAILED, LOCKED, REFUSED_LOCKED, REFUSED_DISABLED, UNKNOWN_USER, PASSWORD_EXPIRED -> LOG.warn(line);
      default -> LOG.info(line);
    }
  }

  /** The user id as typed can hold anything: no line breaks or control characters in the log, and not too long. */
  static String clean(String userId) {
    if (userId == null || userId.isEmpty()) {
      return "-";
    }
    String printable = userId.replaceAll("[\\p{Cntrl}\\s]", "_");
    return printable.length() > MAX_USER_ID_LENGTH ? printable.substring(0, MAX_USER_ID_LENGTH) + "..." : printable;
  }

  private static String channel(HttpServletRequest request) {
    if (request == null) {
      return "server";
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/engine-rest/")) {
      return "engine-rest";
    }
    if (path.startsWith("/operaton/")) {
      return "webapp";
    }
    if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
      return "api";
    }
    return "server";
  }

  private static HttpServletRequest currentRequest() {
    return ClientRequests.current();
  }
}
