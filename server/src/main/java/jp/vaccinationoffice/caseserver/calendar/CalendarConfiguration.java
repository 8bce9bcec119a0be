package jp.vaccinationoffice.caseserver.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  JapaneseHolidays japaneseHolidays() {
    return new JapaneseHolidays();
  }
}
