package jp.vaccinationoffice.caseserver.staffwrites;

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
record FormField(String key, String label, Kind kind, boolean required, boolean conditional, Set<String> values,
    Pattern pattern, Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max) {

  /** What a field takes: a string, a number, a boolean, one of listed values, or nothing this server accepts. */
  enum Kind {
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

    boolean accepts(String typeName) {
      return typeNames.stream().anyMatch(name -> name.equalsIgnoreCase(typeName));
    }
  }

  boolean mustBeGiven() {
    return required && !conditional;
  }
}
