package jp.vaccinationoffice.caseserver.hardening;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.vaccinationoffice.caseserver.accounts.StaffAccountRegistry;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.authorization.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the Admin webapp's first-administrator set-up ({@code /operaton/api/admin/setup/...}) for
 * good once any account has been an administrator. The engine itself only asks whether the
 * administrator group has a member right now, so removing the last member (disabling a person
 * takes their groups away) would open it again for anyone to create an administrator.
 */
class AdminSetupGuard extends OncePerRequestFilter {

  private final StaffAccountRegistry registry;
  private final IdentityService identityService;

  AdminSetupGuard(StaffAccountRegistry registry, IdentityService identityService) {
    this.registry = registry;
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (registry.anyAdministratorEver()
        || identityService.createUserQuery().memberOfGroup(Groups.OPERATON_ADMIN).count() > 0) {
      Problems.write(response, 403, "setup-closed", "Set-up is closed",
          "This installation has an administrator. New accounts, administrators included, are created by an"
              + " administrator in the Admin webapp.");
      return;
    }
    chain.doFilter(request, response);
  }
}
