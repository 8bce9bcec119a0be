package jp.vaccinationoffice.caseserver.accounts;

import jakarta.ws.rs.ApplicationPath;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.spring.boot.starter.rest.OperatonJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine REST API as the starter configures it, plus the password-expiry check, which has to
 * run after the API's own HTTP Basic authentication filter and so sits inside the JAX-RS application.
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestAccountChecks extends OperatonJerseyResourceConfig {

  private final transient EngineRestPasswordExpiryFilter passwordExpiryFilter;

  EngineRestAccountChecks(IdentityService identityService, PasswordExpiry expiry, SignInLog signInLog) {
    this.passwordExpiryFilter = new EngineRestPasswordExpiryFilter(identityService, expiry, signInLog);
  }

  @Override
  protected void registerAdditionalResources() {
    register(passwordExpiryFilter);
  }
}
