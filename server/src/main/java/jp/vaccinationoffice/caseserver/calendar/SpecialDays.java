package jp.vaccinationoffice.caseserver.calendar;

import java.time.LocalDate;
import java.util.Map;

/** Days special laws made holidays, each once (皇室の慶弔 and the accession of 2019). */
final class SpecialDays {

  private static final Map<LocalDate, String> DAYS = Map.of(
      // 皇太子明仁親王の結婚の儀の行われる日を休日とする法律 (昭和34年法律第16号)
      LocalDate.of(1959, 4, 10), "結婚の儀",
      // 昭和天皇の大喪の礼の行われる日を休日とする法律 (平成元年法律第4号)
      LocalDate.of(1989, 2, 24), "大喪の礼",
      // 即位礼正殿の儀の行われる日を休日とする法律 (平成2年法律第24号)
      LocalDate.of(1990, 11, 12), "即位礼正殿の儀",
      // 皇太子徳仁親王の結婚の儀の行われる日を休日とする法律 (平成5年法律第32号)
      LocalDate.of(1993, 6, 9), "結婚の儀",
      // 天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律 (平成30年法律第99号):
      // 国民の祝日とみなす, so that 4/30 and 5/2 became 国民の休日
      LocalDate.of(2019, 5, 1), "天皇の即位の日",
      LocalDate.of(2019, 10, 22), "即位礼正殿の儀の行われる日");

  private SpecialDays() {}

  static Map<LocalDate, String> of(int year) {
    return DAYS.entrySet().stream().filter(day -> day.getKey().getYear() == year)
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
