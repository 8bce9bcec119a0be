package jp.vaccinationoffice.caseserver.staffscreens;

import jakarta.servlet.http.HttpServletRequest;
import jp.vaccinationoffice.caseserver.accounts.StaffAccountRegistry;
import jp.vaccinationoffice.caseserver.hardening.ErrorPages;
import jp.vaccinationoffice.caseserver.screens.ScreenHeaders;
import jp.vaccinationoffice.caseserver.security.EngineIdentityAuthenticationProvider;
import jp.vaccinationoffice.caseserver.security.StaffGroups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The staff screens under {@code /staff}: signed in through the Operaton webapps' sign-in (the
 * same session), for clerks, supervisors and auditors of one municipality; every form carries a
 * CSRF token kept in that session.
 */
@Configuration(proxyBeanMethods = false)
class StaffScreensSecurityConfiguration {

  /** Where staff sign in: the Operaton Welcome app, which then offers the staff screens. */
  static final String SIGN_IN = "/operaton/app/welcome/default/";

  /**
   * The screens, not the JSON the Tasklist's case panel fetches under {@code /staff/api/}: that
   * answers for itself from the webapps' session (401, 403, 404 as problems).
   */
  static boolean isScreen(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return (path.equals("/staff") || path.startsWith("/staff/")) && !path.startsWith("/staff/api/");
  }

  @Bean
  @Order(2)
  SecurityFilterChain staffScreensChain(HttpSecurity http, EngineIdentityAuthenticationProvider identities,
      StaffAccountRegistry accounts) throws Exception {
    ScreenHeaders.apply(http);
    return http
        .securityMatcher(StaffScreensSecurityConfiguration::isScreen)
        .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyAuthority(
            StaffGroups.authorityOf(StaffGroups.CLERKS), StaffGroups.authorityOf(StaffGroups.SUPERVISORS),
            StaffGroups.authorityOf(StaffGroups.AUDITORS)))
        .addFilterBefore(new WebappSessionStaffFilter(identities, accounts), AnonymousAuthenticationFilter.class)
        // reading the webapps' sign-in is no sign-in: the session keeps its id for the Tasklist beside it
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER)
            .sessionFixation(fixation -> fixation.none()))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(cache -> cache.disable())
        // the webapps' sign-in made the session; the staff filter only reads it on each request, which
        // must not count as a new sign-in that would replace the session's CSRF token
        .csrf(csrf -> csrf.csrfTokenRepository(new HttpSessionCsrfTokenRepository())
            .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint((request, response, e) -> response.sendRedirect(request.getContextPath() + SIGN_IN))
            .accessDeniedHandler((request, response, e) -> ErrorPages.write(response, "/staff/", 403)))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .build();
  }
}
