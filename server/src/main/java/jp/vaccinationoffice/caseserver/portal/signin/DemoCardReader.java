package jp.vaccinationoffice.caseserver.portal.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.jpki.CardEvidence;
import jp.vaccinationoffice.caseserver.jpki.IssuedChallenge;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's card reader: where a resident's own reader would have the card sign, the demo asks the
 * simulated card at {@code /sim/jpki} with the card id and PIN typed on the page. Exists in the demo
 * profile only; production has no such path.
 */
@Component
@Profile("demo")
class DemoCardReader {

  /** The card refused or could not be reached: what the resident is told. */
  static final class ReaderRefused extends RuntimeException {

    ReaderRefused(String message) {
      super(message, null, false, false);
    }
  }

  private static final Pattern CARD_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern PIN = Pattern.compile("[0-9]{4}");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  PortalSignIn.CardAnswer authenticate(String simulatorBase, String cardId, String pin, IssuedChallenge challenge) {
    JsonNode answer = call(simulatorBase, cardId, "authenticate", pin, challenge);
    return new PortalSignIn.CardAnswer(challenge.challengeId(), bytes(answer, "cardCertificate"),
        bytes(answer, "challengeSignature"));
  }

  CardEvidence read(String simulatorBase, String cardId, String pin, IssuedChallenge challenge) {
    JsonNode reading = call(simulatorBase, cardId, "read", pin, challenge);
    return new CardEvidence(challenge.challengeId(), bytes(reading, "kenmen"), bytes(reading, "kenmenSignature"),
        bytes(reading, "cardCertificate"), bytes(reading, "challengeSignature"));
  }

  private JsonNode call(String simulatorBase, String cardId, String operation, String pin, IssuedChallenge challenge) {
    if (cardId == null || !CARD_ID.matcher(cardId.strip()).matches()) {
      throw new ReaderRefused(SignInMessages.CARD_UNKNOWN);
    }
    if (pin == null || !PIN.matcher(pin).matches()) {
      throw new ReaderRefused("暗証番号は数字4桁で入力してください。");
    }
    try {
      HttpRequest request = HttpRequest.newBuilder(
              URI.create(simulatorBase + "/cards/" + cardId.strip() + "/" + operation))
          .timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              json.writeValueAsString(Map.of("pin", pin, "challenge", challenge.challenge()))))
          .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return switch (response.statusCode()) {
        case 200 -> json.readTree(response.body());
        case 403 -> throw new ReaderRefused(SignInMessages.WRONG_PIN);
        case 423 -> throw new ReaderRefused(SignInMessages.CARD_LOCKED);
        case 404 -> throw new ReaderRefused(SignInMessages.CARD_UNKNOWN);
        default -> throw new ReaderRefused(SignInMessages.READER_FAILED);
      };
    } catch (IOException e) {
      throw new ReaderRefused(SignInMessages.READER_FAILED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReaderRefused(SignInMessages.READER_FAILED);
    }
  }

  private static byte[] bytes(JsonNode node, String field) {
    return Base64.getDecoder().decode(node.path(field).asText(""));
  }
}
