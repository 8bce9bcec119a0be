package jp.vaccinationoffice.simulators.jpki;

import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Base64;
import jp.vaccinationoffice.simulators.jpki.JpkiMessages.CardAuthentication;
import jp.vaccinationoffice.simulators.jpki.JpkiMessages.CardIssued;
import jp.vaccinationoffice.simulators.jpki.JpkiMessages.CardReading;
import jp.vaccinationoffice.simulators.jpki.JpkiMessages.CardRequest;
import jp.vaccinationoffice.simulators.jpki.JpkiMessages.CardRevoked;
import jp.vaccinationoffice.simulators.jpki.JpkiMessages.CardSignature;
import jp.vaccinationoffice.simulators.jpki.JpkiMessages.SigningRequest;
import jp.vaccinationoffice.simulators.jpki.JpkiMessages.PinAndChallenge;
import jp.vaccinationoffice.simulators.jpki.MyNumberCards.Holder;
import jp.vaccinationoffice.simulators.support.Require;
import jp.vaccinationoffice.simulators.support.SimulatorRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * J-LIS and the My Number card: issuing cards, reading a card's 券面事項入力補助AP, the card's
 * user authentication, revocation, the revocation list and the authority's certificate.
 */
@RestController
@RequestMapping("/sim/jpki")
public class JpkiController {

  static final MediaType PKIX_CERT = MediaType.parseMediaType("application/pkix-cert");
  static final MediaType PKIX_CRL = MediaType.parseMediaType("application/pkix-crl");
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final Duration DEFAULT_VALIDITY = Duration.ofDays(5 * 365);

  private final JlisCertificateAuthority authority;
  private final MyNumberCards cards;

  public JpkiController(JlisCertificateAuthority authority, MyNumberCards cards) {
    this.authority = authority;
    this.cards = cards;
  }

  @PostMapping("/cards")
  @ResponseStatus(HttpStatus.CREATED)
  public CardIssued issue(@RequestBody CardRequest request) {
    Holder holder = new Holder(Require.myNumber(request.myNumber()), nfc(Require.text(request.name(), "name")),
        nfc(Require.text(request.address(), "address")), Require.present(request.birthDate(), "birthDate"),
        Require.present(request.sex(), "sex").name());
    String pin = pin(request.pin());
    Require.that(request.signingPassword() == null || request.signingPassword().matches("[A-Z0-9]{6,16}"),
        "signingPassword must be 6 to 16 of A-Z and 0-9");
    Instant now = Instant.now();
    Instant notBefore = request.certificateNotBefore() == null ? now.minus(Duration.ofHours(1))
        : request.certificateNotBefore().atStartOfDay(JAPAN).toInstant();
    Instant notAfter = request.certificateNotAfter() == null ? now.plus(DEFAULT_VALIDITY)
        : request.certificateNotAfter().plusDays(1).atStartOfDay(JAPAN).toInstant().minusSeconds(1);
    Require.that(notBefore.isBefore(notAfter), "certificateNotBefore must lie before certificateNotAfter");
    MyNumberCard card = cards.issue(holder, pin, request.signingPassword(), notBefore, notAfter);
    return new CardIssued(card.cardId(), card.serial().toString(16), notBefore, notAfter);
  }

  @PostMapping("/cards/{cardId}/read")
  public CardReading read(@PathVariable String cardId, @RequestBody PinAndChallenge request) {
    MyNumberCard card = cards.find(cardId);
    byte[] challenge = challenge(request.challenge());
    MyNumberCard.Reading reading = card.read(Require.text(request.pin(), "pin"), challenge);
    return new CardReading(base64(reading.kenmen()), base64(reading.kenmenSignature()),
        base64(der(reading.certificate())), base64(reading.challengeSignature()));
  }

  @PostMapping("/cards/{cardId}/authenticate")
  public CardAuthentication authenticate(@PathVariable String cardId, @RequestBody PinAndChallenge request) {
    MyNumberCard card = cards.find(cardId);
    byte[] challenge = challenge(request.challenge());
    MyNumberCard.Authentication answer = card.authenticate(Require.text(request.pin(), "pin"), challenge);
    return new CardAuthentication(base64(answer.challengeSignature()), base64(der(answer.certificate())));
  }

  @PostMapping("/cards/{cardId}/sign")
  public CardSignature sign(@PathVariable String cardId, @RequestBody SigningRequest request) {
    MyNumberCard card = cards.find(cardId);
    byte[] data;
    try {
      data = Base64.getDecoder().decode(Require.text(request.data(), "data"));
    } catch (IllegalArgumentException e) {
      throw SimulatorRequestException.invalid("data must be base64");
    }
    Require.that(data.length <= 65_536, "data must be at most 64 KiB");
    CardSigningFunction.Signed signed = card.sign(Require.text(request.signingPassword(), "signingPassword"), data);
    return new CardSignature(base64(signed.signature()), base64(der(signed.certificate())));
  }

  /** Revokes the card's certificate (a lost card reported, say); revoking again keeps the first time. */
  @PostMapping("/cards/{cardId}/revoke")
  public CardRevoked revoke(@PathVariable String cardId) {
    MyNumberCard card = cards.find(cardId);
    card.revoke(Instant.now());
    return new CardRevoked(card.cardId(), card.serial().toString(16), card.revokedAt());
  }

  @GetMapping("/crl")
  public ResponseEntity<byte[]> revocationList() throws CRLException {
    return ResponseEntity.ok().contentType(PKIX_CRL).body(cards.revocationList(Instant.now()).getEncoded());
  }

  @GetMapping("/ca")
  public ResponseEntity<byte[]> authorityCertificate() {
    return ResponseEntity.ok().contentType(PKIX_CERT).body(der(authority.certificate()));
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static String pin(String pin) {
    Require.that(pin != null && pin.matches("[0-9]{4}"), "pin must be 4 digits");
    return pin;
  }

  private static byte[] challenge(String challenge) {
    String text = Require.text(challenge, "challenge").replace('+', '-').replace('/', '_');
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw SimulatorRequestException.invalid("challenge must be base64");
    }
    Require.that(bytes.length >= 16 && bytes.length <= 64, "challenge must be 16 to 64 bytes");
    return bytes;
  }

  private static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("certificate not encodable", e);
    }
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
