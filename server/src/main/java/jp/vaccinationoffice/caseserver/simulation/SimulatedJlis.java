package jp.vaccinationoffice.caseserver.simulation;

import jp.vaccinationoffice.caseserver.jpki.JpkiProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With the simulators in this server and no J-LIS configured, the server trusts the simulated J-LIS
 * authority: its certificate and revocation list come from {@code /sim/jpki} on this server's port.
 */
@Component
@ConditionalOnProperty(name = "simulators.enabled", havingValue = "true")
class SimulatedJlis {

  private final JpkiProperties jpki;

  SimulatedJlis(JpkiProperties jpki) {
    this.jpki = jpki;
  }

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    String base = "http://localhost:" + web.getWebServer().getPort() + "/sim/jpki";
    if (isBlank(jpki.getTrustAnchor()) && isBlank(jpki.getTrustAnchorUrl())) {
      jpki.setTrustAnchorUrl(base + "/ca");
    }
    if (isBlank(jpki.getCrlUrl())) {
      jpki.setCrlUrl(base + "/crl");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
