package jp.vaccinationoffice.caseserver.cases;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import jp.vaccinationoffice.common.OfficeTime;

@Configuration(proxyBeanMethods = false)
class Clocks {

  /**
   * The office's clock: "today" is the day in Japan wherever the server runs. On a server in UTC the
   * system zone's day lagged Japan's from 0:00 to 9:00 JST, and a date the screens offered as today
   * (the day in Japan) was refused as lying in the future.
   */
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.system(OfficeTime.ZONE);
  }
}
