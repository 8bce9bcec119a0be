package jp.vaccinationoffice.caseserver.hardening;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests before any filter sees them (an undecodable path, {@code %ZZ}) with
 * its HTML error page. This valve, added after Spring Boot's own, writes a problem body instead.
 */
class ProblemErrorReportValve extends ErrorReportValve {

  ProblemErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String body = "{\"type\":\"urn:vaccination-office:problem:" + (status == 404 ? "not-found" : "http-" + status)
        + "\",\"title\":\"" + (known == null ? "Error" : known.getReasonPhrase()) + "\",\"status\":" + status
        + ",\"detail\":\"" + Problems.detailFor(status).replace("\"", "'") + "\"}";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response was taken over: nothing left to answer
    }
  }

  @Component
  static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new ProblemErrorReportValve()));
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
