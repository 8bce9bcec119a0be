package jp.vaccinationoffice.caseserver.hardening;

import jp.vaccinationoffice.caseserver.accounts.StaffAccountRegistry;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the hardening filters. They run before Spring Security (order -100), the engine REST
 * authentication filter and the webapps' own filters, and support asynchronous requests because
 * the engine's fetch-and-lock long polling passes through some of them.
 */
@Configuration(proxyBeanMethods = false)
class HardeningFilters {

  static final int PROBLEM_RESPONSE_ORDER = -105;
  static final int NO_STORE_ORDER = -104;
  static final int REFUSE_ORDER = -95;

  @Bean
  FilterRegistrationBean<ProblemResponseFilter> problemResponseFilter() {
    FilterRegistrationBean<ProblemResponseFilter> registration = new FilterRegistrationBean<>(new ProblemResponseFilter());
    registration.setName("problem-responses");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/sim/*", "/actuator/*");
    registration.setOrder(PROBLEM_RESPONSE_ORDER);
    registration.setAsyncSupported(true);
    return registration;
  }

  @Bean
  FilterRegistrationBean<NoStoreFilter> noStoreFilter() {
    FilterRegistrationBean<NoStoreFilter> registration = new FilterRegistrationBean<>(new NoStoreFilter());
    registration.setName("no-store");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/operaton/api/*");
    registration.setOrder(NO_STORE_ORDER);
    registration.setAsyncSupported(true);
    return registration;
  }

  @Bean
  FilterRegistrationBean<QueryExpressionFilter> queryExpressionFilter() {
    FilterRegistrationBean<QueryExpressionFilter> registration = new FilterRegistrationBean<>(new QueryExpressionFilter());
    registration.setName("query-expressions");
    registration.addUrlPatterns("/engine-rest/*", "/operaton/api/engine/*");
    registration.setOrder(REFUSE_ORDER);
    registration.setAsyncSupported(true);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AdminSetupGuard> adminSetupGuard(StaffAccountRegistry registry, IdentityService identityService) {
    FilterRegistrationBean<AdminSetupGuard> registration =
        new FilterRegistrationBean<>(new AdminSetupGuard(registry, identityService));
    registration.setName("admin-setup-guard");
    registration.addUrlPatterns("/operaton/api/admin/setup/*");
    registration.setOrder(REFUSE_ORDER);
    return registration;
  }
}
