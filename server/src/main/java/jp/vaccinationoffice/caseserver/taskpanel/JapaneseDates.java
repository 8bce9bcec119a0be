package jp.vaccinationoffice.caseserver.taskpanel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import jp.vaccinationoffice.common.OfficeTime;

/** Dates as the office writes them: 2026年12月6日, 令和8年 for birth dates, times in Asia/Tokyo. */
public final class JapaneseDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");
  private static final DateTimeFormatter ERA = DateTimeFormatter.ofPattern("GGGGy年", Locale.JAPAN);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu年M月d日 H時mm分");

  private JapaneseDates() {}

  public static String day(LocalDate date) {
    return date == null ? null : DAY.format(date);
  }

  /** 1980年4月1日（昭和55年）: the Western year with its era year, as on the resident register. */
  public static String birthDate(LocalDate date) {
    return date == null ? null : DAY.format(date) + "（" + ERA.format(JapaneseDate.from(date)) + "）";
  }

  public static String moment(Instant instant) {
    return instant == null ? null : MOMENT.format(instant.atZone(OfficeTime.ZONE));
  }

  public static String moment(Date date) {
    return date == null ? null : moment(date.toInstant());
  }
}
