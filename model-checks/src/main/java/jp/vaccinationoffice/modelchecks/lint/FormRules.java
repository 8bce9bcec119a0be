package jp.vaccinationoffice.modelchecks.lint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

final class FormRules {

  /** form-js hidden fields carry a key but have no label property. */
  private static final String HIDDEN_FIELD_TYPE = "hidden";

  private FormRules() {}

  static void check(FormFile form, List<Violation> violations) {
    if (!form.baseName().equals(form.id())) {
      violations.add(new Violation(form.displayName(), form.idLine(), form.id(), Rule.FORM_ID_MATCHES_FILE,
          "form id '" + form.id() + "' differs from the file name '" + form.baseName() + "'"));
    }
    // form-js refuses to render a form whose components repeat an id, the form's own included
    Set<String> ids = new HashSet<>();
    ids.add(form.id());
    for (FormFile.Component component : form.components()) {
      if (!ids.add(component.id())) {
        violations.add(new Violation(form.displayName(), component.line(), component.id(), Rule.FORM_COMPONENT_ID_UNIQUE,
            "component id '" + component.id() + "' is already the id of the form or of another component"));
      }
    }
    for (FormFile.Field field : form.fields()) {
      if (!HIDDEN_FIELD_TYPE.equals(field.type()) && Names.isBlank(field.label())) {
        violations.add(new Violation(form.displayName(), field.line(), field.key(), Rule.FORM_FIELD_LABELLED,
            "form field has no label"));
      }
    }
  }
}
