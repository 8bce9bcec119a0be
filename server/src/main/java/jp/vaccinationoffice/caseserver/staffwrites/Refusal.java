package jp.vaccinationoffice.caseserver.staffwrites;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.vaccinationoffice.caseserver.hardening.Problems;

/** Why a request by a member of staff is refused, as an RFC 9457 problem. */
record Refusal(int status, String type, String title, String detail, Map<String, Object> extensions) {

  static Refusal of(int status, String type, String title, String detail) {
    return new Refusal(status, type, title, detail, Map.of());
  }

  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", Problems.type(type).toString());
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.putAll(extensions);
    return body;
  }
}
