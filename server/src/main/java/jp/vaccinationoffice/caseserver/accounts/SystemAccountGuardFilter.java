package jp.vaccinationoffice.caseserver.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.hardening.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 403 every change to a system account or a system group through the engine REST API
 * and the Admin webapp's engine API: its password, profile or deletion ({@code /user/{id}...},
 * except unlocking it), its groups' members ({@code /group/{id}...}), its membership in any group or
 * tenant. Reading stays allowed. The identity provider refuses the same changes from any other path.
 */
class SystemAccountGuardFilter extends OncePerRequestFilter {

  private static final Pattern ENGINE_PATH =
      Pattern.compile("^(?:/engine-rest|/operaton/api/engine)(?:/engine/[^/]+)?/(.*)$");
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final SystemAccounts systemAccounts;

  SystemAccountGuardFilter(SystemAccounts systemAccounts) {
    this.systemAccounts = systemAccounts;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher engine = ENGINE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!READS.contains(request.getMethod()) && engine.matches() && touchesSystemAccount(segments(engine.group(1)))) {
      Problems.write(response, 403, "system-account", "System accounts are configured, not administered",
          "The workers' and VRS accounts and their groups are set up by the server's configuration (e.g."
              + " WORKERS_PASSWORD); their passwords, profiles and memberships cannot be changed here.");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean touchesSystemAccount(List<String> path) {
    if (path.size() < 2) {
      return false;
    }
    String id = path.get(1);
    return switch (path.get(0)) {
      case "user" -> !(path.size() == 3 && "unlock".equals(path.get(2))) && systemAccounts.isSystemUser(id);
      case "group" -> systemAccounts.isSystemGroup(id)
          || path.size() >= 4 && "members".equals(path.get(2)) && systemAccounts.isSystemUser(path.get(3));
      case "tenant" -> path.size() >= 4 && ("user-members".equals(path.get(2)) && systemAccounts.isSystemUser(path.get(3))
          || "group-members".equals(path.get(2)) && systemAccounts.isSystemGroup(path.get(3)));
      default -> false;
    };
  }

  private static List<String> segments(String path) {
    try {
      return Arrays.stream(path.split("/"))
          .map(segment -> URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8))
          .toList();
    } catch (IllegalArgumentException malformed) {
      return List.of();
    }
  }
}
