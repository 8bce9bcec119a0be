package jp.vaccinationoffice.caseserver.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.common.MyNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's resident: a person in 防府市's ledger with two doses, and a simulated My Number card of
 * theirs made at each start, so that the portal can be tried at once. The start-up report names the
 * card and its PIN. {@code ./run} asks for it ({@code --portal.demo-resident=true}); tests do not,
 * so that their ledgers hold only what they put there.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = {"simulators.enabled", "portal.demo-resident"}, havingValue = "true")
public class DemoResidentCard {

  public static final String PIN = "1234";
  public static final String NAME = "防府 花子";

  private static final Logger LOG = LoggerFactory.getLogger(DemoResidentCard.class);
  private static final String HOFU = "352063";
  private static final String ELEVEN_DIGITS = "35206310001";

  private final Ledger ledger;
  private volatile String cardId;

  DemoResidentCard(Ledger ledger) {
    this.ledger = ledger;
  }

  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  void onReady(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
      return;
    }
    String myNumber = ELEVEN_DIGITS + MyNumber.checkDigit(ELEVEN_DIGITS);
    ledger.addDoses(HOFU, new Ledger.Person(null, myNumber, NAME, "ホウフ ハナコ", LocalDate.of(1985, 4, 1), "FEMALE"),
        List.of(new Ledger.Dose(1, LocalDate.of(2021, 6, 14), "ファイザー", "コミナティ筋注", "FF2153", null),
            new Ledger.Dose(2, LocalDate.of(2021, 7, 5), "ファイザー", "コミナティ筋注", "FF4204", null)),
        "DEMO");
    try {
      ObjectMapper json = new ObjectMapper();
      String body = json.writeValueAsString(Map.of("myNumber", myNumber, "name", NAME,
          "address", "山口県防府市寿町7番1号", "birthDate", "1985-04-01", "sex", "FEMALE", "pin", PIN));
      HttpResponse<String> issued = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                  URI.create("http://localhost:" + web.getWebServer().getPort() + "/sim/jpki/cards"))
              .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      cardId = issued.statusCode() == 201 ? json.readTree(issued.body()).path("cardId").asText(null) : null;
    } catch (IOException e) {
      LOG.warn("The demo resident's card could not be made: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The demo card's id, once it is made. */
  public Optional<String> cardId() {
    return Optional.ofNullable(cardId);
  }
}
