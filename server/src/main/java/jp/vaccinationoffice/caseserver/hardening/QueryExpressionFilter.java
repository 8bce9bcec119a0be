package jp.vaccinationoffice.caseserver.hardening;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses task queries and filter requests that carry an expression, wherever it sits. The engine's
 * {@code enableExpressionsInAdhocQueries=false} checks only the top level of a task query: Operaton
 * 1.0.3 evaluates an expression nested in {@code orQueries} and answers 200. Covers the engine REST
 * API and the webapps' copy of it ({@code /operaton/api/engine/engine/{name}/...}): task list and
 * count (GET and POST) and every filter endpoint (create, update, list, count, single result).
 */
class QueryExpressionFilter extends OncePerRequestFilter {

  static final int MAX_BODY_BYTES = 1024 * 1024;
  private static final Pattern QUERY_PATHS = Pattern.compile(
      "^(/engine-rest|/operaton/api/engine/engine/[^/]+)/(task|task/count|filter/.+)/?$");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !QUERY_PATHS.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RepeatableBodyRequest repeatable = RepeatableBodyRequest.read(request, MAX_BODY_BYTES);
    if (repeatable.tooLarge()) {
      Problems.write(response, 413, "query-too-large", "Query too large",
          "A task or filter query may be at most " + MAX_BODY_BYTES + " bytes.");
      return;
    }
    boolean expression;
    try {
      expression = QueryExpressions.inQueryString(request.getQueryString())
          || QueryExpressions.inJson(repeatable.bodyText());
    } catch (IllegalArgumentException e) {
      Problems.write(response, 400, "unreadable-query", "Unreadable query", e.getMessage() + ".");
      return;
    }
    if (expression) {
      Problems.write(response, 400, "expression-in-query", "Expressions are not allowed in queries",
          "This server does not evaluate expressions (${...} or #{...}) in task queries or filters, at any"
              + " level including orQueries. Send literal values instead, e.g. the user id rather than"
              + " ${currentUser()}.");
      return;
    }
    chain.doFilter(repeatable, response);
  }
}
