package jp.vaccinationoffice.caseserver.jpki;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.municipality.ServedMunicipalities;
import jp.vaccinationoffice.common.InvalidIdentifierException;
import jp.vaccinationoffice.common.jpki.KenmenData;
import org.springframework.stereotype.Component;

/**
 * Checks what a card reader sends before anything is done for the card holder: the challenge is
 * fresh, unused and the presenter's; the card's certificate was issued by the trusted J-LIS
 * authority, is valid now and not revoked; the card signed the challenge; J-LIS signed the 券面事項
 * data and that data belongs to this card; the holder lives in a municipality this server serves.
 * The first failed check refuses the whole evidence ({@link CardRefusedException}).
 */
@Component
public class CardVerification {

  static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

  private final JlisTrust trust;
  private final ChallengeStore challenges;
  private final ServedMunicipalities served;
  private final Clock clock;

  public CardVerification(JlisTrust trust, ChallengeStore challenges, ServedMunicipalities served, Clock clock) {
    this.trust = trust;
    this.challenges = challenges;
    this.served = served;
    this.clock = clock;
  }

  /** The card holder read from the card (an electronic application). */
  public VerifiedCardholder verify(CardEvidence evidence, ChallengePurpose purpose, String presentedBy) {
    X509Certificate certificate = authenticate(evidence.challengeId(), evidence.cardCertificate(),
        evidence.challengeSignature(), purpose, presentedBy);
    X509Certificate authority = trust.authority();
    if (!verifies(authority.getPublicKey(), evidence.kenmen(), evidence.kenmenSignature())) {
      throw new CardRefusedException(RefusalReason.KENMEN_SIGNATURE_INVALID);
    }
    KenmenData kenmen;
    try {
      kenmen = KenmenData.parse(evidence.kenmen());
    } catch (InvalidIdentifierException e) {
      throw new CardRefusedException(RefusalReason.KENMEN_MALFORMED);
    }
    if (!kenmen.cardCertificateSerial().equals(certificate.getSerialNumber())) {
      throw new CardRefusedException(RefusalReason.KENMEN_OF_ANOTHER_CARD);
    }
    String municipality = AddressMunicipality.of(kenmen.address())
        .filter(served::isServed)
        .orElseThrow(() -> new CardRefusedException(RefusalReason.MUNICIPALITY_NOT_SERVED));
    return new VerifiedCardholder(kenmen.myNumber(), kenmen.name(), kenmen.address(), kenmen.birthDate(), kenmen.sex(),
        municipality, certificate);
  }

  /**
   * The served municipality named by the address in kenmen data that was not (or could not be)
   * verified: where a refusal is logged, never a basis for a decision.
   */
  public Optional<String> claimedMunicipality(byte[] kenmen) {
    try {
      return AddressMunicipality.of(KenmenData.parse(kenmen).address()).filter(served::isServed);
    } catch (InvalidIdentifierException e) {
      return Optional.empty();
    }
  }

  /**
   * The card's user-authentication certificate, once the challenge was used and the card's signature
   * over it, the certificate's issuer, validity and revocation are verified (a sign-in).
   */
  public X509Certificate authenticate(String challengeId, byte[] cardCertificate, byte[] challengeSignature,
      ChallengePurpose purpose, String presentedBy) {
    X509Certificate certificate = parse(cardCertificate);
    IssuedChallenge challenge = challenges.use(challengeId, purpose, presentedBy);
    checkIssuedByJlis(certificate);
    checkValidity(certificate);
    if (trust.revocationList().isRevoked(certificate)) {
      throw new CardRefusedException(RefusalReason.CERTIFICATE_REVOKED);
    }
    if (!verifies(certificate.getPublicKey(), challenge.bytes(), challengeSignature)) {
      throw new CardRefusedException(RefusalReason.CHALLENGE_SIGNATURE_INVALID);
    }
    return certificate;
  }

  private void checkIssuedByJlis(X509Certificate certificate) {
    X509Certificate authority = trust.authority();
    if (!certificate.getIssuerX500Principal().equals(authority.getSubjectX500Principal())) {
      throw new CardRefusedException(RefusalReason.CERTIFICATE_NOT_ISSUED_BY_JLIS);
    }
    try {
      certificate.verify(authority.getPublicKey());
    } catch (GeneralSecurityException e) {
      throw new CardRefusedException(RefusalReason.CERTIFICATE_NOT_ISSUED_BY_JLIS);
    }
    boolean[] usage = certificate.getKeyUsage();
    if (certificate.getBasicConstraints() != -1 || usage == null || !usage[0]) {
      throw new CardRefusedException(RefusalReason.CERTIFICATE_NOT_FOR_AUTHENTICATION);
    }
  }

  private void checkValidity(X509Certificate certificate) {
    try {
      certificate.checkValidity(Date.from(clock.instant()));
    } catch (CertificateExpiredException e) {
      throw new CardRefusedException(RefusalReason.CERTIFICATE_EXPIRED);
    } catch (CertificateNotYetValidException e) {
      throw new CardRefusedException(RefusalReason.CERTIFICATE_NOT_YET_VALID);
    }
  }

  private static X509Certificate parse(byte[] der) {
    if (der == null || der.length == 0) {
      throw new CardRefusedException(RefusalReason.CERTIFICATE_MALFORMED);
    }
    try {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException | ClassCastException e) {
      throw new CardRefusedException(RefusalReason.CERTIFICATE_MALFORMED);
    }
  }

  private static boolean verifies(PublicKey key, byte[] data, byte[] signature) {
    if (data == null || signature == null) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
