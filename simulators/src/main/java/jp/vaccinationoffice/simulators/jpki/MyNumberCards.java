package jp.vaccinationoffice.simulators.jpki;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.common.jpki.KenmenData;
import jp.vaccinationoffice.simulators.support.Resettable;
import jp.vaccinationoffice.simulators.support.SimulatorRequestException;
import org.springframework.stereotype.Component;

/**
 * The cards J-LIS has issued, and their revocations. A reset forgets both; the authority and its key
 * stay, as the servers that trust it keep its certificate.
 */
@Component
public class MyNumberCards implements Resettable {

  private final JlisCertificateAuthority authority;
  private final Map<String, MyNumberCard> cards = new ConcurrentHashMap<>();

  public MyNumberCards(JlisCertificateAuthority authority) {
    this.authority = authority;
  }

  /** The holder's number and four basic items, as printed on the card. */
  record Holder(MyNumber myNumber, String name, String address, LocalDate birthDate, String sex) {}

  /**
   * Issues a card: a key pair "in the chip" (from {@link SimulatedKeys}' ring), its certificate, the
   * 券面事項 data signed by J-LIS.
   */
  MyNumberCard issue(Holder holder, String pin, String signingPassword, Instant notBefore, Instant notAfter) {
    KeyPair keys = SimulatedKeys.nextCardKey();
    CardSigningFunction signing = null;
    if (signingPassword != null) {
      KeyPair signingKeys = SimulatedKeys.nextCardKey();
      signing = new CardSigningFunction(signingKeys,
          authority.issueSigningCertificate(signingKeys.getPublic(), holder.name(), notBefore, notAfter), signingPassword);
    }
    X509Certificate certificate = authority.issueUserAuthenticationCertificate(keys.getPublic(), notBefore, notAfter);
    KenmenData kenmen = new KenmenData(certificate.getSerialNumber(), holder.myNumber(), holder.name(), holder.address(),
        holder.birthDate(), holder.sex());
    MyNumberCard card = new MyNumberCard(UUID.randomUUID().toString(), keys, certificate, kenmen,
        authority.sign(kenmen.toBytes()), pin, signing);
    cards.put(card.cardId(), card);
    return card;
  }

  MyNumberCard find(String cardId) {
    MyNumberCard card = cardId == null ? null : cards.get(cardId);
    if (card == null) {
      throw SimulatorRequestException.notFound("no card with this cardId");
    }
    return card;
  }

  /** The revocation list of every revoked card's certificate, signed now. */
  public X509CRL revocationList(Instant now) {
    Map<BigInteger, Instant> revoked = new TreeMap<>();
    cards.values().forEach(card -> {
      Instant at = card.revokedAt();
      if (at != null) {
        card.serials().forEach(serial -> revoked.put(serial, at));
      }
    });
    return authority.revocationList(revoked, now);
  }

  @Override
  public void reset() {
    cards.clear();
  }
}
