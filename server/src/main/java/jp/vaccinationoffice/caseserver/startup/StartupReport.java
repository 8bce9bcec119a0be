package jp.vaccinationoffice.caseserver.startup;

import java.io.PrintStream;
import java.util.Map;
import jp.vaccinationoffice.caseserver.demo.DemoCredentials;
import jp.vaccinationoffice.caseserver.portal.DemoResidentCard;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the server where to go and, in the demo profile, how to sign in. Written to
 * the console, not the log, so that generated passwords do not end up in log files.
 */
@Component
class StartupReport {

  private final ObjectProvider<DemoCredentials> demoCredentials;
  private final ObjectProvider<DemoResidentCard> demoCard;
  private final Environment environment;
  private final PrintStream console = System.out;

  StartupReport(ObjectProvider<DemoCredentials> demoCredentials, ObjectProvider<DemoResidentCard> demoCard,
      Environment environment) {
    this.demoCredentials = demoCredentials;
    this.demoCard = demoCard;
    this.environment = environment;
  }

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
      return;
    }
    console.println(render(web.getWebServer().getPort()));
    DemoCredentials credentials = demoCredentials.getIfAvailable();
    if (credentials != null) {
      credentials.clear();
    }
  }

  /** The report for a server on this port. */
  String render(int port) {
    String base = "http://localhost:" + port;
    StringBuilder report = new StringBuilder("\n")
        .append("======================================================================\n")
        .append(" Vaccination record office case server is ready\n")
        .append("   Tasklist  ").append(base).append("/operaton/app/tasklist/\n")
        .append("   Cockpit   ").append(base).append("/operaton/app/cockpit/\n")
        .append("   Admin     ").append(base).append("/operaton/app/admin/\n")
        .append("   Staff     ").append(base).append("/staff/ (counter screens; sign in through the Tasklist)\n")
        .append("   Portal    ").append(base).append("/portal/ (residents, with the My Number card)\n")
        .append("   REST API  ").append(base).append("/engine-rest (HTTP Basic)\n")
        .append("   Health    ").append(base).append("/actuator/health\n");
    appendSimulators(report, base);
    DemoCredentials credentials = demoCredentials.getIfAvailable();
    if (credentials != null) {
      appendLogins(report, credentials);
    }
    DemoResidentCard card = demoCard.getIfAvailable();
    if (card != null && card.cardId().isPresent()) {
      report.append(" Demo resident for the portal: ").append(DemoResidentCard.NAME).append(", card ")
          .append(card.cardId().get()).append(", PIN ").append(DemoResidentCard.PIN)
          .append(" (the portal's demo card reader)\n");
    }
    report.append("======================================================================\n");
    return report.toString();
  }

  private void appendSimulators(StringBuilder report, String base) {
    if (!environment.getProperty("simulators.enabled", Boolean.class, false)) {
      return;
    }
    report.append("   Simulators ").append(base).append("/sim/** ")
        .append(environment.getProperty("simulators.exposed", Boolean.class, false)
            ? "open to every host (SIMULATORS_EXPOSED=true)\n"
            : "this machine only (SIMULATORS_EXPOSED=true opens them to other hosts)\n");
  }

  private static void appendLogins(StringBuilder report, DemoCredentials credentials) {
    Map<String, String> passwords = credentials.passwordsByUser();
    report.append(" Demo logins (防府市 352063: clerk, supervisor, auditor, admin; 宇部市 352021: clerk2;"
        + " electronic application channels: kiosk, app)\n");
    if (credentials.fromEnvironment()) {
      report.append("   password of every demo account: the value of DEMO_PASSWORD\n");
    } else {
      report.append("   generated for this start only (set DEMO_PASSWORD to choose one):\n");
      passwords.forEach((user, password) ->
          report.append("   ").append(String.format("%-11s", user)).append(password).append('\n'));
    }
  }
}
