package jp.vaccinationoffice.caseserver.protection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MasterKeyProperties.class)
class ProtectionConfiguration {

  @Bean
  MasterKey masterKey(MasterKeySource source) {
    return source.forServer();
  }
}
