package jp.vaccinationoffice.caseserver.staffscreens;

import java.time.ZoneId;

/** The office's time zone: a day on the screens is a day in Tokyo. */
final class ScreenTime {

  static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  private ScreenTime() {}
}
