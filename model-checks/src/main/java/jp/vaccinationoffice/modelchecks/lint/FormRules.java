package jp.vaccinationoffice.modelchecks.lint;

import java.util.List;

final class FormRules {

  /** form-js hidden fields carry a key but have no label property. */
  private static final String HIDDEN_FIELD_TYPE = "hidden";

  private FormRules() {}

  static void check(FormFile form, List<Violation> violations) {
    if (!form.baseName().equals(form.id())) {
      violations.add(new Violation(form.displayName(), form.idLine(), form.id(), Rule.FORM_ID_MATCHES_FILE,
          "form id '" + form.id() + "' differs from the file name '" + form.baseName() + "'"));
    }
    for (FormFile.Field field : form.fields()) {
      if (!HIDDEN_FIELD_TYPE.equals(field.type()) && Names.isBlank(field.label())) {
        violations.add(new Violation(form.displayName(), field.line(), field.key(), Rule.FORM_FIELD_LABELLED,
            "form field has no label"));
      }
    }
  }
}
