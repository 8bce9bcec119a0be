package jp.vaccinationoffice.caseserver.accounts;

import jp.vaccinationoffice.caseserver.accounts.throttle.SignInThrottle;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the account checks that sit in the servlet filter chain. */
@Configuration(proxyBeanMethods = false)
class AccountsFilters {

  /** After Spring Security (order -100), which signs the caller in. */
  static final int AFTER_SPRING_SECURITY = 0;
  /** Before the webapps' own filters, which Operaton registers after all of the application's. */
  static final int BEFORE_WEBAPPS = -95;

  @Bean
  FilterRegistrationBean<ClientRequests> clientRequests() {
    FilterRegistrationBean<ClientRequests> registration = new FilterRegistrationBean<>(new ClientRequests());
    registration.setName("client-requests");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.setAsyncSupported(true);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiPasswordExpiryFilter> apiPasswordExpiryFilter(PasswordExpiry expiry, SignInLog signInLog) {
    FilterRegistrationBean<ApiPasswordExpiryFilter> registration =
        new FilterRegistrationBean<>(new ApiPasswordExpiryFilter(expiry, signInLog));
    registration.setName("api-password-expiry");
    registration.addUrlPatterns("/api/*", "/actuator/*");
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SystemAccountGuardFilter> systemAccountGuardFilter(SystemAccounts systemAccounts) {
    FilterRegistrationBean<SystemAccountGuardFilter> registration =
        new FilterRegistrationBean<>(new SystemAccountGuardFilter(systemAccounts));
    registration.setName("system-account-guard");
    registration.addUrlPatterns("/engine-rest/*", "/operaton/api/engine/*");
    registration.setOrder(BEFORE_WEBAPPS);
    registration.setAsyncSupported(true);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappSignInFilter> webappSignInFilter(IdentityService identityService,
      PasswordExpiry expiry, StaffAccountRegistry registry, SignInLog signInLog, SignInThrottle throttle) {
    FilterRegistrationBean<WebappSignInFilter> registration =
        new FilterRegistrationBean<>(new WebappSignInFilter(identityService, expiry, registry, signInLog, throttle));
    registration.setName("webapp-sign-in");
    registration.addUrlPatterns("/operaton/api/*");
    registration.setOrder(BEFORE_WEBAPPS);
    return registration;
  }
}
