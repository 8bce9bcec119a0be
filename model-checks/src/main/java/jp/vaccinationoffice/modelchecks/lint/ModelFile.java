package jp.vaccinationoffice.modelchecks.lint;

/**
 * A BPMN or DMN file that could be read.
 *
 * @param baseName the file name without extension, which ids are compared with
 */
record ModelFile<T>(String displayName, String baseName, T model, ElementLines lines) {

  Violation violation(String elementId, Rule rule, String message) {
    return new Violation(displayName, lines.lineOf(elementId), elementId, rule, message);
  }
}
