package jp.vaccinationoffice.caseserver.hardening.fuzz;

import java.nio.charset.StandardCharsets;

/** One request the fuzzer sends: who sends it, how, and with which body (null: none). */
public record FuzzRequest(String caller, String method, String path, String contentType, String accept, byte[] body) {

  public static FuzzRequest of(String caller, String method, String path, String contentType, String body) {
    return new FuzzRequest(caller, method, path, contentType, null,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  public FuzzRequest accepting(String mediaType) {
    return new FuzzRequest(caller, method, path, contentType, mediaType, body);
  }

  /** How a failure is reported: never the body, which may hold a My Number the fuzzer sent. */
  public String describe() {
    String shown = path.length() > 120 ? path.substring(0, 120) + "…(" + path.length() + " chars)" : path;
    return method + " " + shown.replaceAll("\\d{12}", "<12 digits>") + " as " + caller
        + (contentType == null ? "" : " [" + contentType + "]") + (body == null ? "" : " (" + body.length + " bytes)");
  }
}
