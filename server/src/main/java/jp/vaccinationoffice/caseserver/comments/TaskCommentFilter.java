package jp.vaccinationoffice.caseserver.comments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.hardening.Problems;
import jp.vaccinationoffice.caseserver.hardening.RepeatableBodyRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the message of a new task comment, from the engine REST API and from the Tasklist's copy of
 * it, before the engine keeps it (see {@link TaskComments}).
 */
class TaskCommentFilter extends OncePerRequestFilter {

  static final int MAX_BODY_BYTES = 64 * 1024;
  private static final Pattern COMMENT_PATHS = Pattern.compile(
      "^(/engine-rest|/operaton/api/engine/engine/[^/]+)/(task|process-instance)/[^/]+/comment/create/?$");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod()) || !COMMENT_PATHS.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RepeatableBodyRequest repeatable = RepeatableBodyRequest.read(request, MAX_BODY_BYTES);
    Optional<String> refusal;
    if (repeatable.tooLarge()) {
      refusal = Optional.of("message is longer than " + TaskComments.MAX_LENGTH + " characters");
    } else {
      refusal = TaskComments.refusal(message(repeatable.bodyText()));
    }
    if (refusal.isPresent()) {
      Problems.write(response, 400, "comment-refused", "Comment refused", refusal.get() + ".");
      return;
    }
    chain.doFilter(repeatable, response);
  }

  private static String message(String body) {
    try {
      JsonNode message = JSON.readTree(body).path("message");
      return message.isTextual() ? message.asText() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
