package jp.vaccinationoffice.caseserver.search;

import com.ibm.icu.text.Normalizer2;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date as typed at the counter: 西暦 ({@code 1990-04-01}, {@code 1990/4/1}, {@code 19900401},
 * {@code 1990年4月1日}) or 和暦 ({@code 平成2年4月1日}, {@code 平成元年4月1日}, {@code H2.4.1},
 * {@code S64/1/7}, {@code R1-5-1}) for 令和, 平成 and 昭和, full-width digits included. A 和暦 date
 * outside its era (平成31年5月1日, 昭和64年1月8日) is no date.
 */
public final class BirthDates {

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Pattern WESTERN = Pattern.compile("(\\d{4})(?:[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?|(\\d{2})(\\d{2}))");
  private static final Pattern JAPANESE = Pattern.compile(
      "(令和|平成|昭和|[rhs])(元|\\d{1,2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?", Pattern.CASE_INSENSITIVE);

  private enum Era {
    REIWA(LocalDate.of(2019, 5, 1), null),
    HEISEI(LocalDate.of(1989, 1, 8), LocalDate.of(2019, 4, 30)),
    SHOWA(LocalDate.of(1926, 12, 25), LocalDate.of(1989, 1, 7));

    final LocalDate first;
    final LocalDate last;

    Era(LocalDate first, LocalDate last) {
      this.first = first;
      this.last = last;
    }

    static Era of(String name) {
      return switch (name.toLowerCase()) {
        case "令和", "r" -> REIWA;
        case "平成", "h" -> HEISEI;
        default -> SHOWA;
      };
    }
  }

  private BirthDates() {}

  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = NFKC.normalize(text).strip();
    try {
      Matcher western = WESTERN.matcher(value);
      if (western.matches()) {
        int year = Integer.parseInt(western.group(1));
        return western.group(2) != null
            ? Optional.of(LocalDate.of(year, Integer.parseInt(western.group(2)), Integer.parseInt(western.group(3))))
            : Optional.of(LocalDate.of(year, Integer.parseInt(western.group(4)), Integer.parseInt(western.group(5))));
      }
      Matcher japanese = JAPANESE.matcher(value);
      if (japanese.matches()) {
        Era era = Era.of(japanese.group(1));
        int eraYear = "元".equals(japanese.group(2)) ? 1 : Integer.parseInt(japanese.group(2));
        if (eraYear < 1) {
          return Optional.empty();
        }
        LocalDate date = LocalDate.of(era.first.getYear() + eraYear - 1, Integer.parseInt(japanese.group(3)),
            Integer.parseInt(japanese.group(4)));
        boolean inEra = !date.isBefore(era.first) && (era.last == null || !date.isAfter(era.last));
        return inEra ? Optional.of(date) : Optional.empty();
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
