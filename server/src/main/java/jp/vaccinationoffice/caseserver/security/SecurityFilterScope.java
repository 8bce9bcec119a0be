package jp.vaccinationoffice.caseserver.security;

import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * Puts Spring Security in front of the case API, the actuator, the resident portal and the staff
 * screens only. The Operaton webapps and the engine REST API bring their own authentication
 * filters, and the engine's long-polling fetch-and-lock requests are best left without another
 * filter wrapping their async context.
 */
@Component
class SecurityFilterScope implements BeanPostProcessor {

  static final List<String> SECURED_PATHS = List.of("/api/*", "/actuator/*", "/portal/*", "/staff/*");

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof DelegatingFilterProxyRegistrationBean registration
        && "securityFilterChainRegistration".equals(beanName)) {
      registration.setUrlPatterns(SECURED_PATHS);
    }
    return bean;
  }
}
