package jp.vaccinationoffice.simulators.vrs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.vaccinationoffice.simulators.SimulatorsProperties;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.InquiryDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Posts new inquiries to the answering municipality's inbound endpoint in the background, retrying
 * failed deliveries with doubling back-off.
 */
@Component
public class InquiryDeliverer implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(InquiryDeliverer.class);

  private final SimulatorsProperties.Inbound inbound;
  private final VrsInquiries inquiries;
  private final ObjectMapper json = new ObjectMapper();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "vrs-inquiry-delivery");
    thread.setDaemon(true);
    return thread;
  });
  private final HttpClient http;

  public InquiryDeliverer(SimulatorsProperties properties, VrsInquiries inquiries) {
    this.inbound = properties.getVrs().getInbound();
    this.inquiries = inquiries;
    this.http = HttpClient.newBuilder().connectTimeout(inbound.getTimeout()).build();
  }

  boolean configured() {
    return inbound.getUrl() != null && !inbound.getUrl().isBlank();
  }

  void deliver(VrsInquiry inquiry) {
    if (configured()) {
      scheduler.execute(() -> attempt(inquiry, 1));
    }
  }

  private void attempt(VrsInquiry inquiry, int attempt) {
    boolean delivered = post(inquiry);
    boolean last = attempt >= inbound.getMaxAttempts();
    DeliveryState state = delivered ? DeliveryState.DELIVERED : last ? DeliveryState.FAILED : DeliveryState.PENDING;
    if (!inquiries.deliveryAttempted(inquiry.id(), state) || delivered) {
      return;
    }
    if (last) {
      log.warn("VRS inquiry {} for myNumber ****{} could not be delivered after {} attempts", inquiry.id(), inquiry.myNumber().lastFour(), attempt);
      return;
    }
    Duration backoff = inbound.getInitialBackoff().multipliedBy(1L << Math.min(attempt - 1, 10));
    scheduler.schedule(() -> attempt(inquiry, attempt + 1), backoff.toMillis(), TimeUnit.MILLISECONDS);
  }

  private boolean post(VrsInquiry inquiry) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(inbound.getUrl()))
          .timeout(inbound.getTimeout())
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body(inquiry)));
      if (inbound.getUsername() != null) {
        String credentials = inbound.getUsername() + ":" + (inbound.getPassword() == null ? "" : inbound.getPassword());
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
      }
      int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      log.info("VRS inquiry {} delivered to municipality {}: HTTP {}", inquiry.id(), inquiry.to(), status);
      return status / 100 == 2;
    } catch (IOException | IllegalArgumentException e) {
      log.info("VRS inquiry {} delivery failed: {}", inquiry.id(), e.getClass().getSimpleName());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private String body(VrsInquiry inquiry) throws JsonProcessingException {
    return json.writeValueAsString(new InquiryDelivery(inquiry.id(), inquiry.from().value(), inquiry.to().value(), inquiry.myNumber().digits()));
  }

  @Override
  public void destroy() {
    scheduler.shutdownNow();
  }
}
