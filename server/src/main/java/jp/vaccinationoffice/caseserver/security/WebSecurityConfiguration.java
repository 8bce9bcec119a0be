package jp.vaccinationoffice.caseserver.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The case API and the actuator: stateless HTTP Basic against the engine's identity service. The
 * Operaton webapps and the engine REST API authenticate with the engine's own filters (webapp
 * session with CSRF protection, HTTP Basic on /engine-rest); Spring Security does not see them
 * (see {@link SecurityFilterScope}). Endpoints for one role say so with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class WebSecurityConfiguration {

  @Bean
  AuthenticationManager authenticationManager(EngineIdentityAuthenticationProvider provider) {
    return new ProviderManager(provider);
  }

  @Bean
  SecurityFilterChain caseApiChain(HttpSecurity http, AuthenticationManager authenticationManager)
      throws Exception {
    return http
        .securityMatcher("/api/**", "/actuator/**")
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            // metrics and every other actuator endpoint describe the whole installation
            .requestMatchers("/actuator/**").hasAuthority(StaffGroups.authorityOf(StaffGroups.ADMINS))
            .anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // stateless Basic authentication sends no cookie, so there is no session to forge requests with
        .csrf(csrf -> csrf.disable())
        .build();
  }
}
