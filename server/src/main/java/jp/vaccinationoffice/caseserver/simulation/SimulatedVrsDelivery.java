package jp.vaccinationoffice.caseserver.simulation;

import java.security.SecureRandom;
import java.util.Base64;
import jp.vaccinationoffice.caseserver.provision.VrsSystemAccount;
import jp.vaccinationoffice.simulators.SimulatorsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With the simulators in this server, the simulated VRS delivers inquiries to this server's inbound
 * endpoint as the VRS system account, whose password is made anew at every start.
 */
@Component
@ConditionalOnProperty(name = "simulators.enabled", havingValue = "true")
class SimulatedVrsDelivery {

  private final SimulatorsProperties simulators;
  private final VrsSystemAccount vrsAccount;

  SimulatedVrsDelivery(SimulatorsProperties simulators, VrsSystemAccount vrsAccount) {
    this.simulators = simulators;
    this.vrsAccount = vrsAccount;
  }

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    SimulatorsProperties.Inbound inbound = simulators.getVrs().getInbound();
    if (inbound.getUrl() == null || inbound.getUrl().isBlank()) {
      inbound.setUrl("http://localhost:" + web.getWebServer().getPort() + "/api/vrs/inbound-inquiries");
    }
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    vrsAccount.provision(VrsSystemAccount.DEFAULT_USER, password);
    inbound.setUsername(VrsSystemAccount.DEFAULT_USER);
    inbound.setPassword(password);
  }
}
