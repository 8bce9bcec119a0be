package jp.vaccinationoffice.modelchecks.lint;

final class Names {

  private Names() {}

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** References given as expressions are resolved at run time, so the lint cannot check them. */
  static boolean isExpression(String value) {
    return value.contains("${") || value.contains("#{");
  }
}
