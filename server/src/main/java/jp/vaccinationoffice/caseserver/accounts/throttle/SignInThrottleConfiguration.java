package jp.vaccinationoffice.caseserver.accounts.throttle;

import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The sign-in throttle and its filter in front of every HTTP Basic sign-in. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInThrottleProperties.class)
public class SignInThrottleConfiguration {

  /** Before Spring Security (-100) and the engine REST API's authentication filter, which check passwords. */
  static final int BEFORE_PASSWORD_CHECKS = -102;

  @Bean
  SignInAlerts signInAlerts(AccessLog accessLog, JdbcTemplate jdbc) {
    return new SignInAlerts(accessLog, jdbc);
  }

  @Bean
  SignInThrottle signInThrottle(ThrottleStore store, UsualNetworks usualNetworks, SignInAlerts alerts,
      SignInThrottleProperties properties, PlatformTransactionManager transactions) {
    return new SignInThrottle(store, usualNetworks, alerts, properties, transactions);
  }

  @Bean
  FilterRegistrationBean<BasicSignInThrottleFilter> basicSignInThrottleFilter(SignInThrottle throttle) {
    FilterRegistrationBean<BasicSignInThrottleFilter> registration =
        new FilterRegistrationBean<>(new BasicSignInThrottleFilter(throttle));
    registration.setName("basic-sign-in-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*");
    registration.setOrder(BEFORE_PASSWORD_CHECKS);
    registration.setAsyncSupported(true);
    return registration;
  }
}
