package jp.vaccinationoffice.caseserver.portal.signin;

import java.security.cert.X509Certificate;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.accounts.throttle.SignInThrottle;
import jp.vaccinationoffice.caseserver.jpki.CardEvidence;
import jp.vaccinationoffice.caseserver.jpki.CardRefusedException;
import jp.vaccinationoffice.caseserver.jpki.CardVerification;
import jp.vaccinationoffice.caseserver.jpki.ChallengePurpose;
import jp.vaccinationoffice.caseserver.jpki.ChallengeStore;
import jp.vaccinationoffice.caseserver.jpki.IssuedChallenge;
import jp.vaccinationoffice.caseserver.jpki.RefusalReason;
import jp.vaccinationoffice.caseserver.jpki.VerifiedCardholder;
import jp.vaccinationoffice.caseserver.municipality.ServedMunicipalities;
import jp.vaccinationoffice.caseserver.portal.session.ResidentPrincipal;
import jp.vaccinationoffice.caseserver.portal.session.ResidentSessions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a resident in with the My Number card's user-authentication certificate: a fresh challenge
 * signed by the card, verified (chain to J-LIS, validity, revocation, single use). The first time,
 * the card's J-LIS-signed 券面事項 data finds the person in the ledger or, failing it, in the resident
 * registry. Failed attempts count
 * against the card and the client's address like staff sign-ins do.
 */
@Service
class PortalSignIn {

  /** The presenter the portal's challenges are issued to. */
  static final String PORTAL = "portal";

  /** The card's answer to a challenge: its certificate and its signature. */
  record CardAnswer(String challengeId, byte[] cardCertificate, byte[] challengeSignature) {}

  private final ChallengeStore challenges;
  private final CardVerification verification;
  private final ResidentAccounts accounts;
  private final ResidentSessions sessions;
  private final SignInThrottle throttle;
  private final AccessLog accessLog;
  private final ServedMunicipalities served;
  private final RegistryMatch registry;

  PortalSignIn(ChallengeStore challenges, CardVerification verification, ResidentAccounts accounts,
      ResidentSessions sessions, SignInThrottle throttle, AccessLog accessLog, ServedMunicipalities served,
      RegistryMatch registry) {
    this.served = served;
    this.registry = registry;
    this.challenges = challenges;
    this.verification = verification;
    this.accounts = accounts;
    this.sessions = sessions;
    this.throttle = throttle;
    this.accessLog = accessLog;
  }

  IssuedChallenge challenge() {
    return challenges.issue(ChallengePurpose.PORTAL_SIGN_IN, PORTAL);
  }

  /** Whether attempts from this card reader and address are paused; the message when they are. */
  Optional<String> paused(String attemptKey, String clientAddress) {
    return throttle.refusal(attemptKey, clientAddress).map(refusal -> SignInMessages.THROTTLED);
  }

  /**
   * Signs in with the card's answer, and with its 券面事項 reading when the card is not linked yet;
   * {@code attemptKey} names what failed attempts count against (the card or the reader).
   */
  @Transactional(noRollbackFor = CardRefusedException.class)
  SignInOutcome signIn(CardAnswer answer, CardEvidence reading, String attemptKey, String clientAddress) {
    Optional<String> paused = paused(attemptKey, clientAddress);
    if (paused.isPresent()) {
      return new SignInOutcome.Refused(paused.get());
    }
    try {
      X509Certificate certificate = verification.authenticate(answer.challengeId(), answer.cardCertificate(),
          answer.challengeSignature(), ChallengePurpose.PORTAL_SIGN_IN, PORTAL);
      Optional<ResidentPrincipal> resident = accounts.ofCertificate(certificate);
      if (resident.isEmpty()) {
        if (reading == null) {
          return new SignInOutcome.CardDataNeeded();
        }
        VerifiedCardholder holder = verification.verify(reading, ChallengePurpose.PORTAL_SIGN_IN, PORTAL);
        if (!holder.certificate().equals(certificate)) {
          return failed(attemptKey, clientAddress, "another card's data", SignInMessages.of(RefusalReason.KENMEN_OF_ANOTHER_CARD));
        }
        Optional<String> unknown = unknownPerson(holder, clientAddress);
        if (unknown.isPresent()) {
          return new SignInOutcome.Refused(unknown.get());
        }
        resident = Optional.of(accounts.link(holder));
      }
      throttle.succeeded(attemptKey, clientAddress);
      ResidentPrincipal signedIn = resident.get();
      accessLog.record(new AccessEntry("resident:" + signedIn.residentId(), signedIn.municipalityCode(),
          AccessAction.READ, "RESIDENT_ACCOUNT", signedIn.residentId(), "portal:sign-in", clientAddress));
      return new SignInOutcome.SignedIn(signedIn, sessions.open(signedIn));
    } catch (CardRefusedException refused) {
      return failed(attemptKey, clientAddress, refused.reason().name(), SignInMessages.of(refused.reason()));
    }
  }

  /** Why the card's holder cannot be linked: the ledger and, failing it, the resident registry must know them. */
  private Optional<String> unknownPerson(VerifiedCardholder holder, String clientAddress) {
    if (accounts.inLedger(holder)) {
      return Optional.empty();
    }
    RegistryMatch.Answer answer = registry.ask(holder);
    if (answer == RegistryMatch.Answer.RESIDENT) {
      return Optional.empty();
    }
    boolean unavailable = answer == RegistryMatch.Answer.UNAVAILABLE;
    accessLog.record(new AccessEntry("resident", holder.municipalityCode(), AccessAction.REFUSE, "RESIDENT_ACCOUNT",
        "-", unavailable ? "portal:sign-in:registry-unavailable" : "portal:sign-in:not-a-resident", clientAddress));
    return Optional.of(unavailable ? SignInMessages.REGISTRY_UNAVAILABLE : SignInMessages.NOT_A_RESIDENT);
  }

  /** A refused card names no municipality for certain: the refusal is logged for each one served. */
  private SignInOutcome failed(String attemptKey, String clientAddress, String why, String message) {
    throttle.failed(attemptKey, true, clientAddress);
    for (String municipality : served.codes()) {
      accessLog.record(new AccessEntry("resident", municipality, AccessAction.REFUSE, "RESIDENT_ACCOUNT", "-",
          "portal:sign-in:" + why, clientAddress));
    }
    return new SignInOutcome.Refused(message);
  }
}
