package jp.vaccinationoffice.caseserver.staffwrites;

import org.operaton.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link StaffWriteCheck} in both copies of the engine API. */
@Configuration(proxyBeanMethods = false)
class StaffWritesConfiguration {

  /** Before the webapps' own filters, which Operaton registers after all of the application's. */
  static final int BEFORE_WEBAPPS = -90;

  @Bean
  ResourceConfigCustomizer engineRestStaffWrites(IdentityService identityService, StaffWriteCheck check) {
    return config -> config.register(new EngineRestStaffWrites(identityService, check));
  }

  @Bean
  FilterRegistrationBean<WebappStaffWrites> webappStaffWrites(IdentityService identityService, StaffWriteCheck check) {
    FilterRegistrationBean<WebappStaffWrites> registration =
        new FilterRegistrationBean<>(new WebappStaffWrites(identityService, check));
    registration.setName("webapp-staff-writes");
    registration.addUrlPatterns("/operaton/api/engine/*");
    registration.setOrder(BEFORE_WEBAPPS);
    return registration;
  }
}
