package jp.vaccinationoffice.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jp.vaccinationoffice.simulators.standalone.SimulatorsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

class ShutdownTest {

  @Test
  void aRequestHeldByATimeoutFaultDoesNotHoldUpShutdown() {
    ConfigurableApplicationContext context = new SpringApplicationBuilder(SimulatorsApplication.class)
        .properties("server.port=0", "simulators.faults.timeout-hold=120s", "spring.main.banner-mode=off")
        .run();
    SimulatorHttp http = new SimulatorHttp(((WebServerApplicationContext) context).getWebServer().getPort());
    http.post("/sim/vrs/faults", Map.of("operation", "QUERY", "mode", "TIMEOUT"));
    CompletableFuture<?> held = CompletableFuture.runAsync(() -> {
      try {
        http.sendRaw("/sim/vrs/municipalities/352063/queries", "{\"myNumber\":\"123456789018\"}", Duration.ofSeconds(150));
      } catch (Exception connectionClosedOrAnswered) {
        // either is fine: the point is that the server stops
      }
    });
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
        .until(() -> http.get("/sim/vrs/calls").body().size() == 1);

    Instant closing = Instant.now();
    context.close();

    assertThat(Duration.between(closing, Instant.now())).isLessThan(Duration.ofSeconds(15));
    assertThat(context.isActive()).isFalse();
    held.cancel(true);
  }
}
