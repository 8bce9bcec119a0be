package jp.vaccinationoffice.caseserver.api;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem found in one request, field by field: {@code detail} in English for API callers and
 * {@code message} in Japanese for the screens, which show it next to the field. Thrown as one 400
 * whose problem body lists them under {@code errors}. Neither text repeats the submitted value.
 */
public final class FieldProblems {

  /** One problem of one field, named by its JSON path (e.g. {@code resident.familyName}). */
  public record FieldProblem(String field, String detail, String message) {}

  private final List<FieldProblem> problems = new ArrayList<>();

  public FieldProblems add(String field, String detail, String message) {
    problems.add(new FieldProblem(field, detail, message));
    return this;
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<FieldProblem> list() {
    return List.copyOf(problems);
  }

  /** A 400 naming every problem; nothing when there is none. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw ApiException.badRequest(problems.stream().map(FieldProblem::detail).collect(Collectors.joining("; ")))
          .with("errors", list());
    }
  }

  /** The problems an {@link ApiException} carries, for a screen that shows them by field. */
  @SuppressWarnings("unchecked")
  public static List<FieldProblem> of(ApiException refused) {
    Object errors = refused.properties().get("errors");
    return errors instanceof List<?> list && list.stream().allMatch(FieldProblem.class::isInstance)
        ? (List<FieldProblem>) list : List.of();
  }
}
