package jp.vaccinationoffice.workers.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.workers.gateway.intermediate.IntermediateGateway;
import jp.vaccinationoffice.workers.gateway.registry.RegistryGateway;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/**
 * The gateways a worker is made with, talking over real HTTP to the running simulators (reset for
 * each instance), with their call table on a private in-memory H2 database. For worker tests of
 * other packages; close it after each test.
 */
public final class SimulatedNationalSystems implements AutoCloseable {

  /** Below the simulators' 5 s hold of a TIMEOUT fault, above what a loaded test machine takes to answer. */
  private static final Duration READ_TIMEOUT = Duration.ofMillis(3000);

  private final RunningSimulators simulators = RunningSimulators.get();
  private final EmbeddedDatabase database;
  private final IdempotentCalls calls;
  private HttpServer garbled;

  public SimulatedNationalSystems() {
    simulators.reset();
    database = new EmbeddedDatabaseBuilder()
        .setType(EmbeddedDatabaseType.H2)
        .generateUniqueName(true)
        .addScript("classpath:db/migration/V2__national_system_calls.sql")
        .build();
    calls = new IdempotentCalls(new IdempotencyKeys(new JdbcTemplate(database), Clock.systemUTC()));
  }

  public VrsGateway vrs() {
    return new VrsGateway(client(NationalSystem.VRS, simulators.url("vrs")), calls);
  }

  public RegistryGateway registry() {
    return new RegistryGateway(client(NationalSystem.REGISTRY, simulators.url("registry")), calls);
  }

  public IntermediateGateway intermediate() {
    return new IntermediateGateway(client(NationalSystem.INTERMEDIATE, simulators.url("intermediate")), calls);
  }

  /** A VRS whose every answer is HTTP 200 with a body that is not JSON: broken data from a national system. */
  public VrsGateway garbledVrs() {
    return new VrsGateway(client(NationalSystem.VRS, garbledUrl()), calls);
  }

  /** A resident registry whose every answer is HTTP 200 with a body that is not JSON. */
  public RegistryGateway garbledRegistry() {
    return new RegistryGateway(client(NationalSystem.REGISTRY, garbledUrl()), calls);
  }

  public void seedVrsPerson(String municipality, String myNumber, List<Map<String, Object>> doses) {
    simulators.seedVrsPerson(municipality, myNumber, doses);
  }

  public void registerResident(String municipality, String myNumber, String addresseeNumber, boolean supportMeasure) {
    simulators.registerResident(municipality, myNumber, addresseeNumber, supportMeasure);
  }

  /** Makes the next {@code count} calls of an operation fail: UNAVAILABLE (HTTP 503) or TIMEOUT. */
  public void fault(String system, String operation, String mode, int count) {
    simulators.fault(system, operation, mode, count, 0);
  }

  /** The outcomes the simulator logged for an operation, in call order. */
  public List<String> outcomes(String system, String operation) {
    return simulators.outcomes(system, operation);
  }

  public JsonNode get(String path) {
    return simulators.get(path);
  }

  @Override
  public void close() {
    database.shutdown();
    if (garbled != null) {
      garbled.stop(0);
    }
  }

  private String garbledUrl() {
    if (garbled == null) {
      try {
        garbled = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      garbled.createContext("/", exchange -> {
        byte[] body = "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
      });
      garbled.start();
    }
    return "http://localhost:" + garbled.getAddress().getPort() + "/garbled";
  }

  private static JsonHttpClient client(NationalSystem system, String baseUrl) {
    NationalSystemProperties properties = new NationalSystemProperties();
    properties.setBaseUrl(baseUrl);
    properties.setConnectTimeout(Duration.ofMillis(500));
    properties.setReadTimeout(READ_TIMEOUT);
    return new JsonHttpClient(system, properties);
  }
}
