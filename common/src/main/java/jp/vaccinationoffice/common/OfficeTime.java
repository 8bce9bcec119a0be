package jp.vaccinationoffice.common;

import java.time.ZoneId;

/** The office's time zone: a day, a date on a letter or a screen, "today", is the day in Japan wherever a server runs. */
public final class OfficeTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  private OfficeTime() {}
}
