package jp.vaccinationoffice.caseserver.electronicapplication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.electronicapplication.ElectronicCertificateRequest.RequestedUse;
import jp.vaccinationoffice.caseserver.electronicapplication.ElectronicIssuance.IssuedElectronically;
import jp.vaccinationoffice.caseserver.jpki.CardEvidence;
import jp.vaccinationoffice.caseserver.jpki.CardRefusedException;
import jp.vaccinationoffice.caseserver.jpki.CardVerification;
import jp.vaccinationoffice.caseserver.jpki.ChallengePurpose;
import jp.vaccinationoffice.caseserver.jpki.ChallengeStore;
import jp.vaccinationoffice.caseserver.jpki.IssuedChallenge;
import jp.vaccinationoffice.caseserver.jpki.VerifiedCardholder;
import jp.vaccinationoffice.caseserver.municipality.ServedMunicipalities;
import org.springframework.stereotype.Service;

/**
 * Electronic applications for a vaccination certificate (the kiosk and the app): the card's evidence
 * is verified first, and only a verified card holder's application reaches the certificate process.
 * A refusal writes an access-log row and nothing else; nothing of the application is stored but
 * what the certificate process records for the certificate.
 */
@Service
public class ElectronicCertificateRequests {

  static final String SUBJECT = "ELECTRONIC_APPLICATION";
  private static final ChallengePurpose PURPOSE = ChallengePurpose.ELECTRONIC_CERTIFICATE_REQUEST;

  private final ChallengeStore challenges;
  private final CardVerification verification;
  private final ElectronicIssuance issuance;
  private final AccessLog accessLog;
  private final ServedMunicipalities served;
  private final ObjectMapper json;

  ElectronicCertificateRequests(ChallengeStore challenges, CardVerification verification,
      ElectronicIssuance issuance, AccessLog accessLog, ServedMunicipalities served, ObjectMapper json) {
    this.challenges = challenges;
    this.verification = verification;
    this.issuance = issuance;
    this.accessLog = accessLog;
    this.served = served;
    this.json = json;
  }

  public ChallengeAnswer challenge(ApplicationChannel channel) {
    IssuedChallenge issued = challenges.issue(PURPOSE, channel.userId());
    return new ChallengeAnswer(issued.challengeId(), issued.challenge(), issued.expiresAt());
  }

  public ElectronicCertificateAnswer apply(ApplicationChannel channel, ElectronicCertificateRequest request, String clientAddress) {
    CardEvidence evidence = evidence(request);
    checkPassport(request);
    VerifiedCardholder holder;
    try {
      holder = verification.verify(evidence, PURPOSE, channel.userId());
    } catch (CardRefusedException refused) {
      logRefusal(channel, evidence, refused, clientAddress);
      throw refused;
    }
    accessLog.record(new AccessEntry(channel.userId(), holder.municipalityCode(), AccessAction.READ, SUBJECT,
        evidence.challengeId(), "card data verified for an electronic certificate application (" + channel + ")", clientAddress));
    IssuedElectronically issued = issuance.issue(channel, holder, request.use(), request.passport());
    return new ElectronicCertificateAnswer(issued.requestId(), issued.status(), issued.certificateId(),
        issued.smartHealthCard() == null ? null : readJson(issued.smartHealthCard()),
        issued.pdf() == null ? null : Base64.getEncoder().encodeToString(issued.pdf()));
  }

  private static CardEvidence evidence(ElectronicCertificateRequest request) {
    if (request.challengeId() == null || request.challengeId().isBlank()) {
      throw ApiException.badRequest("challengeId is required");
    }
    if (request.use() == null) {
      throw ApiException.badRequest("use is required (DOMESTIC or OVERSEAS)");
    }
    return new CardEvidence(request.challengeId(), base64(request.kenmen(), "kenmen"),
        base64(request.kenmenSignature(), "kenmenSignature"), base64(request.cardCertificate(), "cardCertificate"),
        base64(request.challengeSignature(), "challengeSignature"));
  }

  private static void checkPassport(ElectronicCertificateRequest request) {
    if (request.use() == RequestedUse.OVERSEAS && request.passport() == null) {
      throw ApiException.badRequest("passport is required for use OVERSEAS");
    }
    if (request.use() == RequestedUse.DOMESTIC && request.passport() != null) {
      throw ApiException.badRequest("passport is only for use OVERSEAS");
    }
  }

  private static byte[] base64(String value, String field) {
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest(field + " is required");
    }
    try {
      return Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(field + " must be base64");
    }
  }

  /**
   * One row for the municipality the (unverified) data names, when this server serves it; otherwise
   * one for every municipality served, as the refusal concerns the whole installation.
   */
  private void logRefusal(ApplicationChannel channel, CardEvidence evidence, CardRefusedException refused, String clientAddress) {
    List<String> municipalities = verification.claimedMunicipality(evidence.kenmen()).map(List::of)
        .orElseGet(served::codes);
    String subjectId = evidence.challengeId().length() > 128 ? evidence.challengeId().substring(0, 128) : evidence.challengeId();
    for (String municipality : municipalities) {
      accessLog.record(new AccessEntry(channel.userId(), municipality, AccessAction.REFUSE, SUBJECT, subjectId,
          "electronic certificate application refused: " + refused.reason(), clientAddress));
    }
  }

  private JsonNode readJson(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the SMART Health Card is not JSON", e);
    }
  }
}
