package jp.vaccinationoffice.caseserver.accesslog;

/** What an access log row is about ({@link AccessEntry#subjectType()}). */
public final class AccessSubjects {

  /** A case; its id is the business key of the case's process instances. */
  public static final String CASE = "CASE";
  /** A person in the case store, by internal id. */
  public static final String PERSON = "PERSON";
  /** The ledger as a whole, changed by an import; the subject id is the import's id. */
  public static final String LEDGER = "LEDGER";
  /** A file received for the ledger, by import id. */
  public static final String LEDGER_IMPORT = "LEDGER_IMPORT";

  /** A search; the subject id names its row in {@code search_log} (what was asked, how many hits, what was shown). */
  public static final String SEARCH = "SEARCH";

  /** Sign-in of an account (subject id: the user id) or from a client address (subject id: the address bucket). */
  public static final String SIGN_IN = "SIGN_IN";

  private AccessSubjects() {}
}
