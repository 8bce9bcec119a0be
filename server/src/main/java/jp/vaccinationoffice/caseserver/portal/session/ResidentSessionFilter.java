package jp.vaccinationoffice.caseserver.portal.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs the request in as the resident whose live session the cookie names. Runs in the portal's
 * filter chain only: the staff API, the engine REST API and the webapps never read this cookie.
 */
public class ResidentSessionFilter extends OncePerRequestFilter {

  private final ResidentSessions sessions;

  public ResidentSessionFilter(ResidentSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ResidentSessionCookie.read(request).flatMap(sessions::resume).ifPresentOrElse(resident -> {
      var authentication = UsernamePasswordAuthenticationToken.authenticated(resident, null,
          List.of(new SimpleGrantedAuthority("ROLE_" + ResidentPrincipal.ROLE)));
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(authentication);
      SecurityContextHolder.setContext(context);
      // the idle timeout runs from this request: the browser's copy of the cookie lives as long
      ResidentSessionCookie.write(response, ResidentSessionCookie.read(request).orElseThrow());
    }, () -> {
      if (ResidentSessionCookie.read(request).isPresent()) {
        ResidentSessionCookie.clear(response);
      }
    });
    chain.doFilter(request, response);
  }
}
