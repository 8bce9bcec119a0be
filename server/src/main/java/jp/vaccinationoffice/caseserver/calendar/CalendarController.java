package jp.vaccinationoffice.caseserver.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.api.DayParameters;
import jp.vaccinationoffice.caseserver.api.CurrentStaff;
import jp.vaccinationoffice.caseserver.input.FreeText;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office calendar of the caller's municipality: statutory deadlines as the request processes
 * compute them, and the days administrators close the office on.
 */
@RestController
class CalendarController {

  /** A receipt's deadline, up to a year of working days later, must still fall in the calendar's century. */
  static final LocalDate LAST_RECEIPT = LocalDate.of(2097, 12, 31);
  static final int MAX_REASON_LENGTH = 200;

  record DeadlineView(LocalDate receivedOn, int days, int pausedDays, LocalDate deadline,
      List<LocalDate> closedDaysSkipped) {}

  record ClosedDayRequest(String reason) {}

  private final OfficeCalendar calendar;
  private final OfficeClosedDays closedDays;

  CalendarController(OfficeCalendar calendar, OfficeClosedDays closedDays) {
    this.calendar = calendar;
    this.closedDays = closedDays;
  }

  @GetMapping("/api/calendar/deadline")
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS', 'OPERATON_ADMIN')")
  DeadlineView deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
      @RequestParam @Min(1) @Max(365) int days,
      @RequestParam(defaultValue = "0") @Min(0) @Max(365) int pausedDays) {
    DayParameters.requireWithin("receivedOn", receivedOn, LAST_RECEIPT);
    Deadline deadline = calendar.deadline(CurrentStaff.get().municipalityCode(), receivedOn, days, pausedDays);
    return new DeadlineView(receivedOn, days, pausedDays, deadline.date(), deadline.closedDaysSkipped());
  }

  @GetMapping("/api/calendar/closed-days")
  @PreAuthorize("hasAnyRole('CLERKS', 'SUPERVISORS', 'AUDITORS', 'OPERATON_ADMIN')")
  List<OfficeClosedDays.ClosedDay> closedDays(@RequestParam @Min(2000) @Max(2099) int year) {
    return closedDays.list(CurrentStaff.get().municipalityCode(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  @PutMapping(path = "/api/calendar/closed-days/{date}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasRole('OPERATON_ADMIN')")
  @Transactional
  OfficeClosedDays.ClosedDay close(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestBody ClosedDayRequest request) {
    DayParameters.requireWithin("date", date);
    FreeText.Checked reason = FreeText.line(request.reason(), MAX_REASON_LENGTH);
    if (reason.refused()) {
      throw ApiException.badRequest("reason " + reason.problem());
    }
    StaffPrincipal admin = CurrentStaff.get();
    closedDays.close(admin.municipalityCode(), date, reason.value(), admin.userId());
    return closedDays.list(admin.municipalityCode(), date, date).get(0);
  }

  @DeleteMapping("/api/calendar/closed-days/{date}")
  @PreAuthorize("hasRole('OPERATON_ADMIN')")
  @Transactional
  ResponseEntity<Void> reopen(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    DayParameters.requireWithin("date", date);
    if (!closedDays.reopen(CurrentStaff.get().municipalityCode(), date)) {
      throw ApiException.notFound("closed day");
    }
    return ResponseEntity.noContent().build();
  }

}
