package jp.vaccinationoffice.modelchecks.lint;

import java.util.List;

/** What the lint needs from a form-js file. */
record FormFile(String displayName, String baseName, String id, Integer idLine, List<Field> fields,
    List<Component> components) {

  /** A component with a {@code key}, i.e. one that binds a variable. */
  record Field(String key, String type, String label, int line) {}

  /** A component with an {@code id} (every one but the form itself). */
  record Component(String id, int line) {}
}
