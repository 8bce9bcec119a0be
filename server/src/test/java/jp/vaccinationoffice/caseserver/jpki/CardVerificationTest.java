package jp.vaccinationoffice.caseserver.jpki;

import static jp.vaccinationoffice.caseserver.jpki.ChallengeStoreTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.vaccinationoffice.caseserver.municipality.ServedMunicipalities;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.common.jpki.KenmenData;
import jp.vaccinationoffice.simulators.jpki.JlisCertificateAuthority;
import jp.vaccinationoffice.simulators.jpki.KeyPairFolder;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The checks on a card's evidence with real RSA-2048 keys: the simulated J-LIS authority issues the
 * cards, and authorities made here stand for other issuers.
 */
class CardVerificationTest {

  private static final ChallengePurpose APPLY = ChallengePurpose.ELECTRONIC_CERTIFICATE_REQUEST;
  private static final String HOFU_ADDRESS = "山口県防府市寿町7-1";
  private static final JlisCertificateAuthority JLIS = new JlisCertificateAuthority();
  private static final KeyPair FOREIGN_KEYS = KeyPairFolder.named("test-other-issuer");
  private static final JlisCertificateAuthority OTHER_ISSUER = new JlisCertificateAuthority("C=JP, O=Other, CN=Another CA", FOREIGN_KEYS);
  /** Same name as J-LIS, another key: a forger's authority. */
  private static final JlisCertificateAuthority IMPOSTOR = new JlisCertificateAuthority(
      JLIS.certificate().getSubjectX500Principal().getName(), FOREIGN_KEYS);
  /** Key pairs of the cards; certificates are issued anew for them, so few keys are made. */
  private static final KeyPair CARD_KEYS = KeyPairFolder.named("test-card");
  private static final KeyPair OTHER_CARD_KEYS = KeyPairFolder.named("test-other-card");

  private static final JdbcTemplate JDBC = ChallengeDatabase.migrated();
  private static final TestCard CARD = TestCard.issuedBy(JLIS, JLIS, HOFU_ADDRESS, Instant.now().minus(Duration.ofDays(1)),
      Instant.now().plus(Duration.ofDays(365)));

  private final SettableClock clock = new SettableClock(Instant.now());
  private final ChallengeStore challenges = new ChallengeStore(JDBC, clock, ChallengeStoreTest.properties(Duration.ofMinutes(2)));
  private final Map<BigInteger, Instant> revoked = new HashMap<>();
  private final FixedTrust trust = new FixedTrust();
  private final CardVerification verification = new CardVerification(trust, challenges, new ServedMunicipalities(JDBC, null), clock);

  private final TestCard card = CARD;

  @Test
  void aGenuineCardYieldsTheHolderAsJlisSignedIt() {
    VerifiedCardholder holder = verification.verify(card.answer(challenge()), APPLY, "kiosk");

    assertThat(holder.myNumber().digits()).isEqualTo(TestCard.NUMBER);
    assertThat(holder.name()).isEqualTo("防府 太郎");
    assertThat(holder.address()).isEqualTo(HOFU_ADDRESS);
    assertThat(holder.birthDate()).isEqualTo(LocalDate.of(1960, 4, 1));
    assertThat(holder.sex()).isEqualTo("MALE");
    assertThat(holder.municipalityCode()).isEqualTo("352063");
    assertThat(holder.certificate()).isEqualTo(card.certificate);
    assertThat(holder.toString()).doesNotContain(TestCard.NUMBER);
  }

  @Test
  void tamperedKenmenDataIsRefused() {
    CardEvidence genuine = card.answer(challenge());
    byte[] tampered = new String(genuine.kenmen(), StandardCharsets.UTF_8).replace("1960-04-01", "1950-04-01")
        .getBytes(StandardCharsets.UTF_8);

    assertRefused(() -> verification.verify(withKenmen(genuine, tampered, genuine.kenmenSignature()), APPLY, "kiosk"),
        RefusalReason.KENMEN_SIGNATURE_INVALID);
  }

  @Test
  void kenmenDataSignedByAnotherKeyIsRefused() {
    CardEvidence genuine = card.answer(challenge());

    assertRefused(() -> verification.verify(withKenmen(genuine, genuine.kenmen(), IMPOSTOR.sign(genuine.kenmen())), APPLY, "kiosk"),
        RefusalReason.KENMEN_SIGNATURE_INVALID);
    CardEvidence again = card.answer(challenge());
    byte[] flipped = again.kenmenSignature().clone();
    flipped[10] ^= 1;
    assertRefused(() -> verification.verify(withKenmen(again, again.kenmen(), flipped), APPLY, "kiosk"),
        RefusalReason.KENMEN_SIGNATURE_INVALID);
  }

  @Test
  void aCardOfAnotherIssuerIsRefusedEvenUnderJlissName() {
    TestCard foreign = TestCard.issuedBy(OTHER_ISSUER, JLIS, HOFU_ADDRESS, clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(30)));
    TestCard forged = TestCard.issuedBy(IMPOSTOR, JLIS, HOFU_ADDRESS, clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(30)));

    assertRefused(() -> verification.verify(foreign.answer(challenge()), APPLY, "kiosk"), RefusalReason.CERTIFICATE_NOT_ISSUED_BY_JLIS);
    assertRefused(() -> verification.verify(forged.answer(challenge()), APPLY, "kiosk"), RefusalReason.CERTIFICATE_NOT_ISSUED_BY_JLIS);
  }

  @Test
  void theAuthoritysOwnCertificateIsNoCardCertificate() throws Exception {
    CardEvidence genuine = card.answer(challenge());
    CardEvidence authorityAsCard = new CardEvidence(genuine.challengeId(), genuine.kenmen(), genuine.kenmenSignature(),
        JLIS.certificate().getEncoded(), genuine.challengeSignature());

    assertRefused(() -> verification.verify(authorityAsCard, APPLY, "kiosk"), RefusalReason.CERTIFICATE_NOT_FOR_AUTHENTICATION);
  }

  @Test
  void anExpiredOrNotYetValidCardIsRefused() {
    TestCard expired = TestCard.issuedBy(JLIS, JLIS, HOFU_ADDRESS, clock.instant().minus(Duration.ofDays(1900)), clock.instant().minus(Duration.ofDays(75)));
    TestCard future = TestCard.issuedBy(JLIS, JLIS, HOFU_ADDRESS, clock.instant().plus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(400)));

    assertRefused(() -> verification.verify(expired.answer(challenge()), APPLY, "kiosk"), RefusalReason.CERTIFICATE_EXPIRED);
    assertRefused(() -> verification.verify(future.answer(challenge()), APPLY, "kiosk"), RefusalReason.CERTIFICATE_NOT_YET_VALID);
  }

  @Test
  void aRevokedCardIsRefused() {
    revoked.put(card.certificate.getSerialNumber(), clock.instant().minusSeconds(5));

    assertRefused(() -> verification.verify(card.answer(challenge()), APPLY, "kiosk"), RefusalReason.CERTIFICATE_REVOKED);
  }

  @Test
  void withoutACurrentRevocationListNoCardIsAccepted() {
    trust.unavailable = true;

    assertRefused(() -> verification.verify(card.answer(challenge()), APPLY, "kiosk"), RefusalReason.JLIS_TRUST_UNAVAILABLE);
  }

  @Test
  void aChallengeSignedByAnotherKeyOrAnotherChallengeIsRefused() {
    TestCard other = TestCard.issuedBy(OTHER_CARD_KEYS, JLIS, JLIS, HOFU_ADDRESS, clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(30)));
    CardEvidence genuine = card.answer(challenge());
    CardEvidence signedByOther = new CardEvidence(genuine.challengeId(), genuine.kenmen(), genuine.kenmenSignature(),
        genuine.cardCertificate(), other.sign(challenges.issue(APPLY, "x").bytes()));
    CardEvidence earlierSignature = new CardEvidence(challenge().challengeId(), genuine.kenmen(), genuine.kenmenSignature(),
        genuine.cardCertificate(), genuine.challengeSignature());

    assertRefused(() -> verification.verify(signedByOther, APPLY, "kiosk"), RefusalReason.CHALLENGE_SIGNATURE_INVALID);
    assertRefused(() -> verification.verify(earlierSignature, APPLY, "kiosk"), RefusalReason.CHALLENGE_SIGNATURE_INVALID);
  }

  @Test
  void anotherCardsKenmenDataIsRefused() {
    TestCard other = TestCard.issuedBy(JLIS, JLIS, HOFU_ADDRESS, clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(30)));
    CardEvidence mine = card.answer(challenge());
    CardEvidence others = other.answer(challenge());

    assertRefused(() -> verification.verify(withKenmen(mine, others.kenmen(), others.kenmenSignature()), APPLY, "kiosk"),
        RefusalReason.KENMEN_OF_ANOTHER_CARD);
  }

  @Test
  void aReplayedOrExpiredChallengeIsRefused() {
    CardEvidence evidence = card.answer(challenge());
    verification.verify(evidence, APPLY, "kiosk");
    CardEvidence late = card.answer(challenge());
    clock.advance(Duration.ofMinutes(3));

    assertRefused(() -> verification.verify(evidence, APPLY, "kiosk"), RefusalReason.CHALLENGE_USED);
    assertRefused(() -> verification.verify(late, APPLY, "kiosk"), RefusalReason.CHALLENGE_EXPIRED);
  }

  @Test
  void aHolderOfAMunicipalityThisServerDoesNotServeIsRefused() {
    TestCard yamaguchi = TestCard.issuedBy(JLIS, JLIS, "山口県山口市亀山町2-1", clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(30)));
    TestCard unknown = TestCard.issuedBy(JLIS, JLIS, "東京都八王子市元本郷町3-24-1", clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(30)));
    TestCard ube = TestCard.issuedBy(JLIS, JLIS, "山口県宇部市常盤町1-7-1", clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(30)));

    assertRefused(() -> verification.verify(yamaguchi.answer(challenge()), APPLY, "kiosk"), RefusalReason.MUNICIPALITY_NOT_SERVED);
    assertRefused(() -> verification.verify(unknown.answer(challenge()), APPLY, "kiosk"), RefusalReason.MUNICIPALITY_NOT_SERVED);
    assertThat(verification.verify(ube.answer(challenge()), APPLY, "kiosk").municipalityCode()).isEqualTo("352021");
  }

  @Test
  void garbageInsteadOfACertificateIsRefusedAsMalformed() {
    CardEvidence genuine = card.answer(challenge());
    CardEvidence garbage = new CardEvidence(genuine.challengeId(), genuine.kenmen(), genuine.kenmenSignature(),
        "not a certificate".getBytes(StandardCharsets.US_ASCII), genuine.challengeSignature());

    assertRefused(() -> verification.verify(garbage, APPLY, "kiosk"), RefusalReason.CERTIFICATE_MALFORMED);
  }

  @Test
  void signInNeedsOnlyTheAuthenticationCertificateAndTheSignedChallenge() {
    IssuedChallenge challenge = challenges.issue(ChallengePurpose.PORTAL_SIGN_IN, "portal");

    X509Certificate signedIn = verification.authenticate(challenge.challengeId(), card.der(), card.sign(challenge.bytes()),
        ChallengePurpose.PORTAL_SIGN_IN, "portal");

    assertThat(signedIn.getSerialNumber()).isEqualTo(card.certificate.getSerialNumber());
  }

  private IssuedChallenge challenge() {
    return challenges.issue(APPLY, "kiosk");
  }

  private static CardEvidence withKenmen(CardEvidence evidence, byte[] kenmen, byte[] signature) {
    return new CardEvidence(evidence.challengeId(), kenmen, signature, evidence.cardCertificate(), evidence.challengeSignature());
  }

  /** J-LIS's certificate and a revocation list of {@link #revoked}, made now. */
  private final class FixedTrust implements JlisTrust {
    boolean unavailable;

    @Override
    public X509Certificate authority() {
      return JLIS.certificate();
    }

    @Override
    public X509CRL revocationList() {
      if (unavailable) {
        throw new CardRefusedException(RefusalReason.JLIS_TRUST_UNAVAILABLE);
      }
      return JLIS.revocationList(revoked, clock.instant());
    }
  }

  /** A card: its key pair, the certificate an authority issued for it, its kenmen data signed by a (J-LIS) key. */
  static final class TestCard {
    static final String NUMBER = "123456789018";

    final KeyPair keys;
    final X509Certificate certificate;
    final byte[] kenmen;
    final byte[] kenmenSignature;

    private TestCard(KeyPair keys, X509Certificate certificate, byte[] kenmen, byte[] kenmenSignature) {
      this.keys = keys;
      this.certificate = certificate;
      this.kenmen = kenmen;
      this.kenmenSignature = kenmenSignature;
    }

    static TestCard issuedBy(JlisCertificateAuthority issuer, JlisCertificateAuthority kenmenSigner, String address,
        Instant notBefore, Instant notAfter) {
      return issuedBy(CARD_KEYS, issuer, kenmenSigner, address, notBefore, notAfter);
    }

    static TestCard issuedBy(KeyPair keys, JlisCertificateAuthority issuer, JlisCertificateAuthority kenmenSigner, String address,
        Instant notBefore, Instant notAfter) {
      X509Certificate certificate = issuer.issueUserAuthenticationCertificate(keys.getPublic(), notBefore, notAfter);
      byte[] kenmen = new KenmenData(certificate.getSerialNumber(), MyNumber.parse(NUMBER), "防府 太郎", address,
          LocalDate.of(1960, 4, 1), "MALE").toBytes();
      return new TestCard(keys, certificate, kenmen, kenmenSigner.sign(kenmen));
    }

    CardEvidence answer(IssuedChallenge challenge) {
      return new CardEvidence(challenge.challengeId(), kenmen, kenmenSignature, der(), sign(challenge.bytes()));
    }

    byte[] der() {
      try {
        return certificate.getEncoded();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    byte[] sign(byte[] data) {
      try {
        PrivateKey key = keys.getPrivate();
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(data);
        return signature.sign();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
