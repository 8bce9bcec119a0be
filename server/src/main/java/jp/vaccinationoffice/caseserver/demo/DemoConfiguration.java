package jp.vaccinationoffice.caseserver.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoConfiguration {

  @Bean
  DemoCredentials demoCredentials(@Value("${DEMO_PASSWORD:}") String demoPassword) {
    return new DemoCredentials(!demoPassword.isEmpty());
  }
}
