package jp.vaccinationoffice.caseserver.engine;

/**
 * What an engine REST request failed with, as the caller is told: the status, the problem type's
 * name (see {@code Problems.type}) and a detail that repeats no submitted value.
 */
record EngineProblem(int status, String typeName, String detail) {

  static final String NOT_FOUND_DETAIL = "Nothing with this id exists, or the path names no resource.";

  static EngineProblem notFound() {
    return new EngineProblem(404, "not-found", NOT_FOUND_DETAIL);
  }

  boolean serverFault() {
    return status >= 500;
  }
}
