package jp.vaccinationoffice.caseserver.personalinfo;

/** The three requests and the process each runs. */
public enum RequestType {
  DISCLOSURE("disclosure-request"),
  CORRECTION("correction-request"),
  SUSPENSION("suspension-request");

  private final String process;

  RequestType(String process) {
    this.process = process;
  }

  public String process() {
    return process;
  }
}
