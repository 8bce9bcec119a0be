package jp.vaccinationoffice.caseserver.accounts.throttle;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import jp.vaccinationoffice.caseserver.hardening.Problems;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/**
 * 429 with {@code Retry-After} and a problem body. The body's {@code message} is what the Operaton
 * webapps' login page shows under "Login Failed".
 */
public final class ThrottledAnswer {

  private ThrottledAnswer() {}

  public static void write(HttpServletResponse response, SignInRefusal refusal) throws IOException {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    long seconds = refusal.retryAfterSeconds(now);
    String detail = refusal.detail();
    response.setHeader("Retry-After", Long.toString(seconds));
    Problems.write(response, 429, "sign-in-throttled", "Too many failed sign-ins", detail,
        Map.of("message", detail, "retryAfterSeconds", seconds));
  }
}
