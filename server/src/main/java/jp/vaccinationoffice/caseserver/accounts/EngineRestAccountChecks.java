package jp.vaccinationoffice.caseserver.accounts;

import jakarta.ws.rs.ApplicationPath;
import jp.vaccinationoffice.caseserver.security.AdministratorsOnlyRestFilter;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.spring.boot.starter.rest.OperatonJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine REST API as the starter configures it, plus the password-expiry check and the
 * administrators-only endpoints, which have to run after the API's own HTTP Basic authentication
 * filter and so sit inside the JAX-RS application.
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestAccountChecks extends OperatonJerseyResourceConfig {

  private final transient EngineRestPasswordExpiryFilter passwordExpiryFilter;
  private final transient AdministratorsOnlyRestFilter administratorsOnlyFilter;

  EngineRestAccountChecks(IdentityService identityService, PasswordExpiry expiry, SignInLog signInLog) {
    this.passwordExpiryFilter = new EngineRestPasswordExpiryFilter(identityService, expiry, signInLog);
    this.administratorsOnlyFilter = new AdministratorsOnlyRestFilter(identityService);
  }

  @Override
  protected void registerAdditionalResources() {
    register(passwordExpiryFilter);
    register(administratorsOnlyFilter);
  }
}
