package jp.vaccinationoffice.caseserver.modeleffects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.forms.DeployedForms;
import jp.vaccinationoffice.caseserver.forms.FieldError;
import jp.vaccinationoffice.caseserver.forms.FormField;
import jp.vaccinationoffice.caseserver.forms.TaskForm;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The one completion check of every user task: the task's variables must be what its form, deployed
 * with the task's process, lets a clerk enter.
 */
class FormCompletionCheck {

  private final DeployedForms forms;

  FormCompletionCheck(DeployedForms forms) {
    this.forms = forms;
  }

  /** The values of a completed form: its choice fields and its text fields. */
  record Values(Map<String, Object> choices, Map<String, Object> entries) {}

  /**
   * Refuses, naming the fields, values the form would not let a clerk enter; otherwise the values of
   * the form's choice fields, which are codes and flags, never personal data, and of its text fields.
   */
  Values check(DelegateTask task) {
    TaskEntity entity = (TaskEntity) task;
    entity.initializeFormKey();
    TaskForm form = forms.of(entity, Context.getCommandContext());
    List<FieldError> problems = form.problems(task::getVariable);
    if (!problems.isEmpty()) {
      throw new BadUserRequestException(String.join("; ", problems.stream().map(FieldError::message).toList()));
    }
    Map<String, Object> choices = new LinkedHashMap<>();
    Map<String, Object> entries = new LinkedHashMap<>();
    for (FormField field : form.fields().values()) {
      Object value = task.getVariable(field.key());
      if (field.isChoice() && value != null) {
        choices.put(field.key(), value);
      } else if (field.kind() == FormField.Kind.TEXT && value != null) {
        entries.put(field.key(), value);
      }
    }
    return new Values(choices, entries);
  }
}
