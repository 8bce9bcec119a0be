package jp.vaccinationoffice.caseserver.accesslog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access log for auditors, and the report of reads without a business need for supervisors.
 *
 * <p>Reading the log is not itself logged: its rows hold staff ids and internal ids of cases and
 * persons, no specific personal information, so looking at them is not an access the log exists to
 * record. Exporting the log would link those ids to people outside the system and must be logged
 * as an {@link AccessAction#EXPORT}; there is no export endpoint.
 */
@RestController
@RequestMapping("/api/access-log")
class AccessLogController {

  static final int MAX_PAGE_SIZE = 200;
  static final Duration DEFAULT_REPORT_PERIOD = Duration.ofDays(30);

  private final AccessLogSearch search;
  private final ChainVerifier verifier;
  private final UnjustifiedReads unjustifiedReads;
  private final AccessLogProperties properties;
  private final Clock clock = Clock.systemUTC();

  AccessLogController(AccessLogSearch search, ChainVerifier verifier, UnjustifiedReads unjustifiedReads,
      AccessLogProperties properties) {
    this.search = search;
    this.verifier = verifier;
    this.unjustifiedReads = unjustifiedReads;
    this.properties = properties;
  }

  /** Rows of the auditor's own municipality, newest first. */
  @GetMapping
  @PreAuthorize("hasRole('AUDITORS')")
  ResponseEntity<AccessLogPage<AccessLogRow>> list(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) String userId,
      @RequestParam(required = false) String subjectType,
      @RequestParam(required = false) String subjectId,
      @RequestParam(required = false) AccessAction action,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    checkPage(page, size);
    Instant start = start(from);
    Instant end = end(to);
    checkOrder(start, end);
    AccessLogQuery query = new AccessLogQuery(municipalityOf(staff), blankToNull(userId), blankToNull(subjectType),
        blankToNull(subjectId), action, start, end, page, size);
    return noStore(search.find(query));
  }

  /** Checks the whole chain, every municipality's rows, which only the chain links together. */
  @GetMapping("/verify")
  @PreAuthorize("hasRole('AUDITORS')")
  ResponseEntity<ChainVerification> verify() {
    return noStore(verifier.verify());
  }

  /** Reads in the caller's municipality that no task or case of the reader justifies. */
  @GetMapping("/unjustified-reads")
  @PreAuthorize("hasAnyRole('SUPERVISORS', 'AUDITORS')")
  ResponseEntity<AccessLogPage<UnjustifiedRead>> unjustifiedReads(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) String userId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    checkPage(page, size);
    Instant end = to == null ? clock.instant() : end(to);
    Instant start = from == null ? end.minus(DEFAULT_REPORT_PERIOD) : start(from);
    checkOrder(start, end);
    String reader = blankToNull(userId);
    List<UnjustifiedRead> found = unjustifiedReads.find(municipalityOf(staff), start, end).stream()
        .filter(read -> reader == null || reader.equals(read.userId()))
        .toList();
    int first = (int) Math.min((long) page * size, found.size());
    List<UnjustifiedRead> onPage = found.subList(first, Math.min(first + size, found.size()));
    return noStore(new AccessLogPage<>(page, size, found.size(), onPage));
  }

  private static <T> ResponseEntity<T> noStore(T body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  private static String municipalityOf(StaffPrincipal staff) {
    if (staff == null || staff.municipalityCode() == null) {
      throw new NoMunicipality();
    }
    return staff.municipalityCode();
  }

  private static void checkPage(int page, int size) {
    if (page < 0) {
      throw new InvalidAccessLogQuery("page must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidAccessLogQuery("size must be from 1 to " + MAX_PAGE_SIZE);
    }
  }

  private static void checkOrder(Instant start, Instant end) {
    if (start != null && end != null && !start.isBefore(end)) {
      throw new InvalidAccessLogQuery("from must be before to");
    }
  }

  /** A date is the start of that day; an instant is itself. */
  private Instant start(String from) {
    if (from == null || from.isBlank()) {
      return null;
    }
    return isDate(from) ? date(from, "from").atStartOfDay(properties.timeZone()).toInstant() : instant(from, "from");
  }

  /** A date includes that whole day; an instant is the first moment not included. */
  private Instant end(String to) {
    if (to == null || to.isBlank()) {
      return null;
    }
    return isDate(to) ? date(to, "to").plusDays(1).atStartOfDay(properties.timeZone()).toInstant() : instant(to, "to");
  }

  private static boolean isDate(String value) {
    return value.length() == 10;
  }

  private static LocalDate date(String value, String name) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidAccessLogQuery(name + " must be a date (2025-04-01) or an instant (2025-04-01T09:00:00+09:00)");
    }
  }

  private static Instant instant(String value, String name) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidAccessLogQuery(name + " must be a date (2025-04-01) or an instant (2025-04-01T09:00:00+09:00)");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** Staff who belong to no single municipality have no access log of their own to see. */
  static final class NoMunicipality extends RuntimeException {

    NoMunicipality() {
      super("The signed-in user belongs to no single municipality");
    }
  }
}
