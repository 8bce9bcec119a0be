package jp.vaccinationoffice.caseserver.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.support.RepositoryModels;

/** A form-js form of the repository's forms/ folder: its input fields, by the keys the engine receives. */
record FormFile(String id, List<Field> fields) {

  /** An input field; {@code options} maps each value to its label, in the order of the file. */
  record Field(String key, String componentId, String type, String label, Map<String, String> options,
      boolean hiddenByCondition) {

    String optionLabel(String value) {
      String label = options.get(value);
      if (label == null) {
        throw new IllegalArgumentException(key + " has no option " + value);
      }
      return label;
    }
  }

  static FormFile read(String formId) {
    try {
      JsonNode form = new ObjectMapper().readTree(RepositoryModels.FORMS.resolve(formId + ".form").toFile());
      List<Field> fields = new ArrayList<>();
      for (JsonNode component : form.path("components")) {
        if (component.hasNonNull("key")) {
          Map<String, String> options = new LinkedHashMap<>();
          component.path("values").forEach(value -> options.put(value.get("value").asText(), value.get("label").asText()));
          fields.add(new Field(component.get("key").asText(), component.get("id").asText(), component.get("type").asText(),
              component.path("label").asText(), options, component.path("conditional").hasNonNull("hide")));
        }
      }
      return new FormFile(formId, List.copyOf(fields));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Field field(String key) {
    return fields.stream().filter(field -> field.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(id + " has no field " + key));
  }
}
