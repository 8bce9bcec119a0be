package jp.vaccinationoffice.caseserver.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Role checks on the case API's endpoints ({@code @PreAuthorize("hasRole('CLERKS')")}). */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurity {}
