package jp.vaccinationoffice.workers.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.simulators.standalone.SimulatorsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The standalone simulators on a random port, started once for all gateway tests of the JVM. */
final class RunningSimulators {

  private static RunningSimulators instance;

  private final ConfigurableApplicationContext context;
  private final String baseUrl;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private RunningSimulators() {
    context = new SpringApplicationBuilder(SimulatorsApplication.class)
        .properties("server.port=0", "simulators.faults.timeout-hold=5s", "spring.main.banner-mode=off")
        .run();
    baseUrl = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort() + "/sim";
    Runtime.getRuntime().addShutdownHook(new Thread(context::close));
  }

  static synchronized RunningSimulators get() {
    if (instance == null) {
      instance = new RunningSimulators();
    }
    return instance;
  }

  String url(String system) {
    return baseUrl + "/" + system;
  }

  void reset() {
    post("/reset", Map.of());
  }

  void seedVrsPerson(String municipality, String myNumber, List<Map<String, Object>> doses) {
    post("/vrs/municipalities/" + municipality + "/persons", Map.of(
        "myNumber", myNumber, "familyName", "防府", "givenName", "太郎", "familyNameKana", "ホウフ", "givenNameKana", "タロウ",
        "birthDate", "1960-04-01", "sex", "MALE", "doses", doses));
  }

  void registerResident(String municipality, String myNumber, String addresseeNumber, boolean supportMeasure) {
    post("/registry/municipalities/" + municipality + "/residents", Map.of(
        "myNumber", myNumber, "addresseeNumber", addresseeNumber, "familyName", "防府", "givenName", "太郎",
        "familyNameKana", "ホウフ", "givenNameKana", "タロウ", "birthDate", "1960-04-01", "sex", "MALE",
        "address", "山口県防府市寿町7-1", "supportMeasure", supportMeasure));
  }

  void fault(String system, String operation, String mode, int count, long delayMillis) {
    post("/" + system + "/faults", Map.of("operation", operation, "mode", mode, "count", count, "delayMillis", delayMillis));
  }

  /** The outcomes the simulator logged for an operation, in call order. */
  List<String> outcomes(String system, String operation) {
    return get("/" + system + "/calls?operation=" + operation).findValuesAsText("outcome");
  }

  JsonNode get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
  }

  private JsonNode post(String path, Object body) {
    try {
      return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
          .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException("simulator answered HTTP " + response.statusCode() + " to " + request.uri().getPath());
      }
      return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
