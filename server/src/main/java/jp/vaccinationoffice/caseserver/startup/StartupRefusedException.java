package jp.vaccinationoffice.caseserver.startup;

/** The server must not start; the message says why and the action says what to do. */
public class StartupRefusedException extends RuntimeException {

  private final String action;

  public StartupRefusedException(String message, String action) {
    super(message);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
