package jp.vaccinationoffice.caseserver.security;

import org.operaton.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AdministratorsOnlyFilters {

  /** Before the webapps' own filters, which Operaton registers after all of the application's. */
  private static final int BEFORE_WEBAPPS = -95;

  @Bean
  FilterRegistrationBean<AdministratorsOnlyWebappFilter> administratorsOnlyWebappFilter(IdentityService identityService) {
    FilterRegistrationBean<AdministratorsOnlyWebappFilter> registration =
        new FilterRegistrationBean<>(new AdministratorsOnlyWebappFilter(identityService));
    registration.setName("administrators-only-webapp");
    registration.addUrlPatterns("/operaton/api/engine/*");
    registration.setOrder(BEFORE_WEBAPPS);
    return registration;
  }
}
