package jp.vaccinationoffice.caseserver.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.simulators.SimulatorsProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every endpoint of the case API and the engine REST endpoints the office uses, for every role, for
 * the other municipality's clerk, for the VRS system account and without credentials.
 */
@CaseServerTest
class RoleMatrixTest {

  static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;
  static final List<String> CALLERS = List.of("anonymous", "clerk", "supervisor", "auditor", "admin", "clerk2", "vrs");

  @LocalServerPort int port;
  @Autowired SimulatorsProperties simulators;

  record Endpoint(String method, String path, String body, int... expected) {}

  @Test
  void everyRoleGetsWhatItIsDesignedTo() {
    Http http = new Http(port);
    HttpResponse<String> created = http.postJson("/api/move-in-queries", validMoveIn(), "clerk", PASSWORD);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String caseId = created.body().replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1");

    //                                                                 anon clerk sup  aud  admin clerk2 vrs
    List<Endpoint> endpoints = List.of(
        new Endpoint("POST", "/api/move-in-queries", "{}",                401, 400, 403, 403, 403, 400, 403),
        new Endpoint("GET", "/api/cases/" + caseId, null,                 401, 200, 200, 200, 403, 404, 403),
        new Endpoint("GET", "/api/cases/no-such-case", null,              401, 404, 404, 404, 403, 404, 403),
        new Endpoint("POST", "/api/consents/no-such-consent/withdraw", "{}", 401, 404, 403, 403, 403, 404, 403),
        new Endpoint("POST", "/api/vrs/inbound-inquiries", "{}",          401, 403, 403, 403, 403, 403, 400),
        new Endpoint("GET", "/api/provision-records", null,               401, 403, 200, 200, 403, 403, 403),
        new Endpoint("GET", "/api/access-log", null,                      401, 403, 403, 200, 403, 403, 403),
        new Endpoint("GET", "/api/access-log/verify", null,               401, 403, 403, 200, 403, 403, 403),
        new Endpoint("GET", "/api/access-log/unjustified-reads", null,    401, 403, 200, 200, 403, 403, 403),
        new Endpoint("POST", "/api/admin/users/nobody/disable", "{\"reason\":\"transfer\"}", 401, 403, 403, 403, 404, 403, 403),
        new Endpoint("GET", "/actuator/health", null,                     200, 200, 200, 200, 200, 200, 200),
        new Endpoint("GET", "/actuator/metrics", null,                    401, 403, 403, 403, 200, 403, 403),
        new Endpoint("GET", "/actuator/info", null,                       401, 403, 403, 403, 200, 403, 403),
        new Endpoint("GET", "/engine-rest/task?firstResult=0&maxResults=5", null, 401, 200, 200, 200, 200, 200, 200),
        new Endpoint("GET", "/engine-rest/process-definition/count", null, 401, 200, 200, 200, 200, 200, 200),
        new Endpoint("GET", "/engine-rest/history/process-instance/count", null, 401, 200, 200, 200, 200, 200, 200),
        new Endpoint("GET", "/engine-rest/incident/count", null,          401, 403, 403, 403, 200, 403, 403),
        new Endpoint("GET", "/engine-rest/job/count", null,               401, 403, 403, 403, 200, 403, 403),
        new Endpoint("GET", "/engine-rest/job-definition/count", null,    401, 403, 403, 403, 200, 403, 403),
        new Endpoint("GET", "/engine-rest/metrics/activity-instance-start-count/sum", null, 401, 403, 403, 403, 200, 403, 403),
        new Endpoint("GET", "/engine-rest/batch/count", null,             401, 403, 403, 403, 200, 403, 403),
        new Endpoint("GET", "/engine-rest/history/job-log/count", null,   401, 403, 403, 403, 200, 403, 403),
        new Endpoint("GET", "/engine-rest/engine/default/job/count", null, 401, 403, 403, 403, 200, 403, 403));

    Map<String, String> passwords = new LinkedHashMap<>();
    for (String caller : CALLERS) {
      passwords.put(caller, PASSWORD);
    }
    passwords.put("vrs", simulators.getVrs().getInbound().getPassword());

    List<String> mismatches = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      for (int i = 0; i < CALLERS.size(); i++) {
        String caller = CALLERS.get(i);
        String user = caller.equals("anonymous") ? null : caller.equals("vrs") ? simulators.getVrs().getInbound().getUsername() : caller;
        int status = call(http, endpoint, user, passwords.get(caller)).statusCode();
        if (status != endpoint.expected()[i]) {
          mismatches.add(endpoint.method() + " " + endpoint.path() + " as " + caller + ": " + status
              + " (expected " + endpoint.expected()[i] + ")");
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private static HttpResponse<String> call(Http http, Endpoint endpoint, String user, String password) {
    if (endpoint.method().equals("GET")) {
      return user == null ? http.get(endpoint.path()) : http.get(endpoint.path(), user, password);
    }
    return http.postJson(endpoint.path(), endpoint.body(), user, password);
  }

  /** A resident of this test only: the server is shared with other test classes of the same configuration. */
  private static String validMoveIn() {
    String eleven = String.format("%011d", ThreadLocalRandom.current().nextLong(1, 100_000_000_000L));
    return """
        {"previousMunicipalityCode":"352021","myNumber":"%s",
         "resident":{"familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
                     "birthDate":"1980-04-01","sex":"FEMALE","address":"山口県防府市寿町7-1"},
         "consent":{"given":true,"signedOn":"2026-11-20","formReceived":true}}""".formatted(eleven + MyNumber.checkDigit(eleven));
  }
}
