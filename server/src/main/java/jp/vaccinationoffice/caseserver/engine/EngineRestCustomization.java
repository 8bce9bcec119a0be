package jp.vaccinationoffice.caseserver.engine;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineRestCustomization {

  @Bean
  ResourceConfigCustomizer engineProblems() {
    return config -> EngineProblemMappers.all().forEach(config::register);
  }
}
