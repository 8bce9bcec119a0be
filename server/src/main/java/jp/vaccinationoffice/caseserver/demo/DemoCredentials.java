package jp.vaccinationoffice.caseserver.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** The demo passwords set at this start, kept only to print them once when the server is ready. */
public class DemoCredentials {

  private final Map<String, String> passwordsByUser = new LinkedHashMap<>();
  private final boolean fromEnvironment;

  public DemoCredentials(boolean fromEnvironment) {
    this.fromEnvironment = fromEnvironment;
  }

  void put(String userId, String password) {
    passwordsByUser.put(userId, password);
  }

  public Map<String, String> passwordsByUser() {
    return Map.copyOf(passwordsByUser);
  }

  public boolean fromEnvironment() {
    return fromEnvironment;
  }

  /** Forgets the passwords once they have been shown. */
  public void clear() {
    passwordsByUser.clear();
  }
}
