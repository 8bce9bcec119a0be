package jp.vaccinationoffice.caseserver.search;

/** The search engine cannot be reached (or is still starting); case work goes on without it. */
public class SearchUnavailableException extends RuntimeException {

  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
