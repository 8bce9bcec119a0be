package jp.vaccinationoffice.caseserver.calendar;

import java.time.LocalDate;
import java.util.List;

/** A statutory deadline and the closed days it was moved past (empty when the counted day was open). */
public record Deadline(LocalDate date, List<LocalDate> closedDaysSkipped) {

  public Deadline {
    closedDaysSkipped = List.copyOf(closedDaysSkipped);
  }
}
