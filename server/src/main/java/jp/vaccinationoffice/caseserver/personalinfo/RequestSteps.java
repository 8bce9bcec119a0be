package jp.vaccinationoffice.caseserver.personalinfo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.modeleffects.Actors;
import jp.vaccinationoffice.workers.personalinfo.PersonalInformationRequestSteps;
import org.springframework.stereotype.Component;

/** The case-store side of the requests' workers: letters, the clock, prior disclosures, gathering and effects. */
@Component
class RequestSteps implements PersonalInformationRequestSteps {

  private static final Set<String> DISCLOSED = Set.of("DISCLOSED", "PARTLY_DISCLOSED");

  private final RequestStore store;
  private final RequestDocuments documents;
  private final RequestClockControl clockControl;
  private final StatutoryClock clock;
  private final InformationGathering gathering;
  private final RequestEffects effects;
  private final AccessLog accessLog;

  RequestSteps(RequestStore store, RequestDocuments documents, RequestClockControl clockControl, StatutoryClock clock,
      InformationGathering gathering, RequestEffects effects, AccessLog accessLog) {
    this.accessLog = accessLog;
    this.store = store;
    this.documents = documents;
    this.clockControl = clockControl;
    this.clock = clock;
    this.gathering = gathering;
    this.effects = effects;
  }

  @Override
  public CorrectionOutcome correctLedger(String requestId, String effectKey) {
    return effects.correctLedger(requestId, effectKey);
  }

  @Override
  public void revokeCertificates(String requestId, String effectKey) {
    effects.revokeCertificates(requestId, effectKey);
  }

  @Override
  public void notifyCorrection(String requestId, String effectKey) {
    effects.notifyCorrection(requestId, effectKey);
  }

  @Override
  public void applyRestriction(String requestId, String effectKey) {
    effects.applyRestriction(requestId, effectKey);
  }

  @Override
  public Date sendAmendmentRequest(String requestId, String effectKey) {
    RequestStore.Row row = store.get(requestId);
    LocalDate answerBy = clock.amendmentAnswerBy(row.municipalityCode());
    RequestStore.Letter letter = store.letter(requestId, LetterKind.AMENDMENT_REQUEST.name(), clock.today(), answerBy,
        effectKey, Actors.SYSTEM);
    clockControl.pause(requestId, letter.answerBy());
    store.step(requestId, "LETTER_" + letter.kind(), Actors.SYSTEM, "answer by " + letter.answerBy());
    return StatutoryClock.endOf(letter.answerBy());
  }

  @Override
  public PriorDisclosure priorDisclosure(String requestId) {
    RequestStore.Row row = store.get(requestId);
    Optional<RequestStore.Row> disclosure = store.ofSubject(row.municipalityCode(), row.subjectIndex()).stream()
        .filter(r -> r.type() == RequestType.DISCLOSURE && DISCLOSED.contains(r.status()) && r.decidedOn() != null)
        .filter(r -> !r.decidedOn().isAfter(row.receivedOn()))
        .findFirst();
    return disclosure
        .map(r -> new PriorDisclosure(true, (int) ChronoUnit.DAYS.between(r.decidedOn(), row.receivedOn())))
        .orElse(new PriorDisclosure(false, 0));
  }

  @Override
  public int gatherInformation(String requestId) {
    RequestStore.Row row = store.get(requestId);
    Set<String> kinds = row.type() == RequestType.DISCLOSURE
        ? new HashSet<>(documents.disclosure(row).records())
        : Set.of(InformationGathering.VACCINATION_RECORDS, InformationGathering.CERTIFICATES,
            InformationGathering.PROVISION_RECORDS, InformationGathering.CASES);
    List<InformationGathering.HeldItem> held = gathering.gather(row.municipalityCode(), row.subjectIndex(), kinds);
    List<RequestStore.Item> items = new ArrayList<>();
    for (InformationGathering.HeldItem item : held) {
      items.add(new RequestStore.Item(items.size() + 1, item.recordKind(), item.source(), item.reference(),
          documents.seal(row.municipalityCode(), item.content()), null));
    }
    store.items(requestId, items);
    accessLog.record(new AccessEntry(Actors.SYSTEM, row.municipalityCode(), AccessAction.READ,
        "PERSONAL_INFORMATION_REQUEST", requestId, "request:" + requestId, null));
    store.step(requestId, "INFORMATION_GATHERED", Actors.SYSTEM, items.size() + " items");
    return items.size();
  }

  @Override
  public void sendDecisionLetter(String requestId, String effectKey) {
    RequestStore.Row row = store.get(requestId);
    RequestStore.Letter letter = store.letter(requestId, LetterKind.forDecision(row.type(), row.decision()).name(),
        clock.today(), null, effectKey, row.decidedBy() == null ? Actors.SYSTEM : row.decidedBy());
    store.decidedOn(requestId, letter.issuedOn());
    store.step(requestId, "LETTER_" + letter.kind(), Actors.SYSTEM, null);
  }
}
