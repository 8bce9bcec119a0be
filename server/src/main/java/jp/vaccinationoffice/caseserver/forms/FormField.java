package jp.vaccinationoffice.caseserver.forms;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One field of a task form (form-js JSON) as far as the server checks what is submitted for it.
 *
 * @param conditional whether the form hides it on some answers; such a field is never required here,
 *     because whether it shows depends on the other answers
 * @param values the allowed values of a select or radio field
 */
public record FormField(String key, String label, Kind kind, boolean required, boolean conditional,
    Set<String> values, Pattern pattern, Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max) {

  /** What a field takes: a string, a number, a boolean, one of listed values, or nothing this server accepts. */
  public enum Kind {
    TEXT("String"),
    NUMBER("Integer", "Long", "Short", "Double"),
    BOOLEAN("Boolean"),
    CHOICE("String"),
    /** checklists, taglists, dynamic lists and options from variables: not single values this server can check */
    UNSUPPORTED;

    private final Set<String> typeNames;

    Kind(String... typeNames) {
      this.typeNames = Set.of(typeNames);
    }

    /** Whether the engine's variable type of this name (as in the REST API) holds values of this kind. */
    public boolean accepts(String typeName) {
      return typeNames.stream().anyMatch(name -> name.equalsIgnoreCase(typeName));
    }
  }

  public boolean mustBeGiven() {
    return required && !conditional;
  }

  /** A select, radio or checkbox: its values are codes and flags, never personal data. */
  public boolean isChoice() {
    return kind == Kind.CHOICE || kind == Kind.BOOLEAN;
  }
}
