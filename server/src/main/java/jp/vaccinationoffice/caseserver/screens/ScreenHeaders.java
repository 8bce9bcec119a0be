package jp.vaccinationoffice.caseserver.screens;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** The response headers of every server-rendered screen: no framing, no inline or foreign script. */
public final class ScreenHeaders {

  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
      + " base-uri 'none'; object-src 'none'";

  private ScreenHeaders() {}

  public static void apply(HttpSecurity http) throws Exception {
    http.headers(headers -> headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(frame -> frame.deny())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
  }
}
