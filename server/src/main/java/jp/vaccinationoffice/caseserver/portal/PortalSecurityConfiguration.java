package jp.vaccinationoffice.caseserver.portal;

import jp.vaccinationoffice.caseserver.hardening.ErrorPages;
import jp.vaccinationoffice.caseserver.portal.session.ResidentPrincipal;
import jp.vaccinationoffice.caseserver.portal.session.ResidentSessionFilter;
import jp.vaccinationoffice.caseserver.portal.session.ResidentSessions;
import jp.vaccinationoffice.caseserver.screens.ScreenHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * The resident portal's own security: residents are signed in by their portal session only (see
 * {@link ResidentSessionFilter}), no HTTP session and no staff credential counts here, every form
 * carries a CSRF token, and pages may not be framed or run inline script.
 */
@Configuration(proxyBeanMethods = false)
public class PortalSecurityConfiguration {

  /** The forms' tokens, in a cookie with the session cookie's flags; the sign-in drops the old one. */
  public static final CookieCsrfTokenRepository CSRF_TOKENS = csrfTokens();

  private static CookieCsrfTokenRepository csrfTokens() {
    CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
    tokens.setCookieName("portal_csrf");
    tokens.setCookiePath("/portal");
    tokens.setCookieCustomizer(cookie -> cookie.secure(true).httpOnly(true).sameSite("Strict"));
    return tokens;
  }

  @Bean
  @Order(1)
  SecurityFilterChain portalChain(HttpSecurity http, ResidentSessions sessions) throws Exception {
    ScreenHeaders.apply(http);
    return http
        .securityMatcher("/portal/**", "/portal")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/portal", "/portal/", "/portal/sign-in", "/portal/sign-in/**",
                "/portal/signed-out").permitAll()
            .anyRequest().hasRole(ResidentPrincipal.ROLE))
        .addFilterBefore(new ResidentSessionFilter(sessions), AnonymousAuthenticationFilter.class)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        // the resident filter signs in every request from its session, which must not count as a new
        // sign-in that replaces the form's token; the sign-in itself drops the old token
        .csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS)
            .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint((request, response, e) ->
                response.sendRedirect(request.getContextPath() + "/portal/sign-in"))
            .accessDeniedHandler((request, response, e) -> ErrorPages.write(response, "/portal/", 403)))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .anonymous(anonymous -> { })
        .build();
  }
}
