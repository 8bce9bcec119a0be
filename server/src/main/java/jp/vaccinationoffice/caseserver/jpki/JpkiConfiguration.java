package jp.vaccinationoffice.caseserver.jpki;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JpkiProperties.class)
class JpkiConfiguration {}
