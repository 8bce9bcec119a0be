package jp.vaccinationoffice.caseserver.hardening;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * The error pages of the screens (the resident portal under {@code /portal}, the staff screens under
 * {@code /staff}): whoever reaches an error sees, in Japanese, what happened and the way back, never
 * a JSON problem or a stack trace. Written without the template engine, because errors are also
 * answered from filters that run before it.
 */
public final class ErrorPages {

  private ErrorPages() {}

  /** The start page of the screens a path belongs to, or null for a path of no screen (the staff's JSON included). */
  public static String homeOf(String path) {
    if (path == null || path.startsWith("/staff/api/")) {
      return null;
    }
    for (String home : new String[] {"/portal", "/staff"}) {
      if (path.equals(home) || path.startsWith(home + "/")) {
        return home + "/";
      }
    }
    return null;
  }

  public static void write(HttpServletResponse response, String home, int status) throws IOException {
    String message = switch (status) {
      case 403 -> "この操作はできません。画面の有効期限が切れた可能性があります。もう一度最初から操作してください。";
      case 404 -> "お探しのページは見つかりませんでした。";
      case 429 -> "操作が続けて行われたため、しばらく受け付けを止めています。時間をおいてもう一度お試しください。";
      default -> status >= 500
          ? "ただいま処理できません。時間をおいてもう一度お試しください。"
          : "入力内容を処理できませんでした。もう一度最初から操作してください。";
    };
    response.setStatus(status);
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("""
        <!DOCTYPE html>
        <html lang="ja"><head><meta charset="UTF-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>エラー | 新型コロナワクチン接種記録</title>
        <link rel="stylesheet" href="/assets/office.css"></head>
        <body><main class="page" id="main"><h1>エラー</h1><p>%s</p>
        <p><a href="%s">トップページへ戻る</a></p></main></body></html>
        """.formatted(message, home));
  }
}
