package jp.vaccinationoffice.caseserver.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.Http;

/** Sends ledger files to a running server as a clerk's browser would, and follows the import. */
final class LedgerImportClient {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASSWORD = CaseServerTest.DEMO_PASSWORD;

  private final Http http;

  LedgerImportClient(int port) {
    this.http = new Http(port);
  }

  HttpResponse<String> upload(String user, String fileName, byte[] content) {
    return http.postFile("/api/ledger/imports", "file", fileName, content, user, PASSWORD);
  }

  /** Uploads as the clerk and waits until the import ends; returns its final state. */
  JsonNode importFile(byte[] content) throws Exception {
    HttpResponse<String> accepted = upload("clerk", "ledger.csv", content);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    JsonNode started = JSON.readTree(accepted.body());
    assertThat(accepted.headers().firstValue("Location")).hasValue("/api/ledger/imports/" + started.get("importId").asText());
    return awaitEnd(started.get("importId").asText(), new ArrayList<>());
  }

  /** Polls the import until it is no longer RUNNING, keeping every state seen on the way. */
  JsonNode awaitEnd(String importId, List<JsonNode> seen) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      JsonNode state = status("clerk", importId);
      seen.add(state);
      if (!state.get("status").asText().equals("RUNNING")) {
        return state;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("import " + importId + " still running after two minutes");
  }

  JsonNode status(String user, String importId) throws Exception {
    HttpResponse<String> response = http.get("/api/ledger/imports/" + importId, user, PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  HttpResponse<String> get(String path, String user) {
    return http.get(path, user, PASSWORD);
  }

  HttpResponse<String> postJson(String path, String user) {
    return http.postJson(path, "{}", user, PASSWORD);
  }
}
