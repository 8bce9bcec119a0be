package jp.vaccinationoffice.caseserver.personalinfo;

import java.util.List;
import java.util.Map;

/**
 * A request as a task's case panel shows it: the view staff see, the information gathered about
 * the person with the record each item comes from, and whether a support measure (DV等支援措置)
 * protects the person's address.
 */
public record RequestForTask(RequestView view, List<Gathered> gathered, boolean supportMeasure) {

  /** One item held about the person; a withheld item's content is not opened. */
  public record Gathered(String recordKind, String source, String reference, Map<String, Object> content,
      String withheldGround) {}
}
