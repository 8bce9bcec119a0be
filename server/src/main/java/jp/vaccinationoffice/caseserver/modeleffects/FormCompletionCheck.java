package jp.vaccinationoffice.caseserver.modeleffects;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.operaton.bpm.engine.delegate.DelegateTask;

/**
 * The one completion check of every user task: the task's variables must be what its form (the
 * {@code forms/<formRef>.form} deployed with the models) lets a clerk enter.
 */
class FormCompletionCheck {

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, FormFields> forms = new ConcurrentHashMap<>();

  FormFields check(String formRef, DelegateTask task) {
    FormFields form = forms.computeIfAbsent(formRef, this::read);
    form.check(task);
    return form;
  }

  private FormFields read(String formRef) {
    try (InputStream in = FormCompletionCheck.class.getClassLoader().getResourceAsStream("forms/" + formRef + ".form")) {
      if (in == null) {
        throw new IllegalStateException("no form forms/" + formRef + ".form");
      }
      return FormFields.of(json.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
