package jp.vaccinationoffice.caseserver.letters;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;

/** Dates as official letters write them: 令和8年12月6日 (the first year of an era as 元年). */
public final class JapaneseDates {

  private JapaneseDates() {}

  public static String format(LocalDate date) {
    JapaneseDate japanese = JapaneseDate.from(date);
    JapaneseEra era = japanese.getEra();
    int year = japanese.get(ChronoField.YEAR_OF_ERA);
    String eraName = era.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN);
    return eraName + (year == 1 ? "元" : String.valueOf(year)) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
