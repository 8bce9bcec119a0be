package jp.vaccinationoffice.caseserver.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A server test whose port is chosen before the server starts (with {@code WebEnvironment.DEFINED_PORT}):
 * the demo's national-system addresses name the server's own port (application-demo.yml), so the
 * workers' gateways need it when they are made.
 */
public abstract class ServerOnFreePort {

  protected static final int PORT = FreePort.find();

  @DynamicPropertySource
  static void serverPort(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
  }
}
