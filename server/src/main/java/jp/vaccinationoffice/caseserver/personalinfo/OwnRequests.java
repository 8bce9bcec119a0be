package jp.vaccinationoffice.caseserver.personalinfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The requests a person filed about themselves (requester {@code SELF}, subject their My Number's
 * index), for that person: the list, one request, its letters, what was disclosed, and withdrawing
 * a request not yet decided. A request of anyone else is not found. The caller logs the access.
 */
@Service
public class OwnRequests {

  /** The message the three processes' event sub-process 「請求の取下げ」 starts with. */
  static final String WITHDRAWAL_MESSAGE = "personal-information-request-withdrawn";
  private static final String SELF = "SELF";

  /** How a withdrawal ended. */
  public enum Withdrawal { WITHDRAWN, NOT_FOUND, NOT_OPEN, TRY_AGAIN }

  private final RequestStore store;
  private final StatutoryClock clock;
  private final RequestLetters letters;
  private final DisclosedInformation disclosed;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transaction;

  OwnRequests(RequestStore store, StatutoryClock clock, RequestLetters letters, DisclosedInformation disclosed,
      RuntimeService runtimeService, PlatformTransactionManager transactions) {
    this.store = store;
    this.clock = clock;
    this.letters = letters;
    this.disclosed = disclosed;
    this.runtimeService = runtimeService;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The person's requests, the newest first. */
  @Transactional(readOnly = true)
  public List<OwnRequest> of(String municipalityCode, String personIndex) {
    return store.ofSubject(municipalityCode, personIndex).stream()
        .filter(row -> SELF.equals(row.relationship()))
        .sorted(Comparator.comparing(RequestStore.Row::receivedOn).thenComparing(RequestStore.Row::id).reversed())
        .map(this::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<OwnRequest> find(String municipalityCode, String personIndex, String requestId) {
    return own(municipalityCode, personIndex, requestId).map(this::view);
  }

  /** A letter of the request as the PDF that was sent. */
  @Transactional(readOnly = true)
  public Optional<byte[]> letter(String municipalityCode, String personIndex, String requestId, String letterId) {
    return own(municipalityCode, personIndex, requestId)
        .flatMap(row -> store.letter(row.id(), letterId).map(letter -> letters.render(row, letter)));
  }

  /** What a disclosure disclosed (別紙), once disclosed. */
  @Transactional(readOnly = true)
  public Optional<byte[]> disclosedPdf(String municipalityCode, String personIndex, String requestId) {
    return own(municipalityCode, personIndex, requestId).filter(OwnRequests::disclosed).map(disclosed::pdf);
  }

  /** The electronic copy, when the request asked for one and it was disclosed. */
  @Transactional(readOnly = true)
  public Optional<String> disclosedCsv(String municipalityCode, String personIndex, String requestId) {
    return own(municipalityCode, personIndex, requestId).filter(OwnRequests::electronicCopy).map(disclosed::csv);
  }

  /**
   * Withdraws a request not yet decided: its process ends through its event sub-process 「請求の取下げ」,
   * which takes every open task with it. A request decided, approved or ended is not withdrawn.
   */
  public Withdrawal withdraw(String municipalityCode, String personIndex, String requestId, String actor) {
    try {
      return Objects.requireNonNull(transaction.execute(status -> {
        Optional<RequestStore.Row> row = own(municipalityCode, personIndex, requestId);
        if (row.isEmpty()) {
          return Withdrawal.NOT_FOUND;
        }
        if (!withdrawable(row.get())) {
          return Withdrawal.NOT_OPEN;
        }
        store.step(requestId, "WITHDRAWAL_REQUESTED", actor, null);
        runtimeService.createMessageCorrelation(WITHDRAWAL_MESSAGE).processInstanceId(row.get().processInstanceId())
            .correlateWithResult();
        return Withdrawal.WITHDRAWN;
      }));
    } catch (MismatchingMessageCorrelationException ended) {
      return Withdrawal.NOT_OPEN;
    } catch (OptimisticLockingException meanwhile) {
      // a member of staff completed a step of the same request at the same moment
      return Withdrawal.TRY_AGAIN;
    }
  }

  private Optional<RequestStore.Row> own(String municipalityCode, String personIndex, String requestId) {
    if (requestId == null || personIndex == null) {
      return Optional.empty();
    }
    return store.find(municipalityCode, requestId)
        .filter(row -> personIndex.equals(row.subjectIndex()) && SELF.equals(row.relationship()));
  }

  private boolean withdrawable(RequestStore.Row row) {
    return row.open() && row.decidedBy() == null && row.processInstanceId() != null
        && runtimeService.createExecutionQuery().processInstanceId(row.processInstanceId())
            .messageEventSubscriptionName(WITHDRAWAL_MESSAGE).count() > 0;
  }

  private static boolean disclosed(RequestStore.Row row) {
    return row.type() == RequestType.DISCLOSURE && DisclosedInformation.DISCLOSED.contains(row.status());
  }

  private static boolean electronicCopy(RequestStore.Row row) {
    return disclosed(row) && "ELECTRONIC_COPY".equals(row.disclosureMethod());
  }

  private OwnRequest view(RequestStore.Row row) {
    boolean open = row.open();
    return new OwnRequest(row.id(), row.type().name(), row.channel(), row.status(), row.receivedOn(),
        open ? clock.compute(row).deadline() : null, row.amendmentDue(), row.decidedOn(), withdrawable(row),
        disclosed(row), electronicCopy(row),
        store.letters(row.id()).stream()
            .map(l -> new OwnRequest.Letter(l.id(), l.kind(), l.issuedOn(), l.answerBy())).toList(),
        history(row));
  }

  /** The statuses the request passed, each once in a row; the staff's steps stay with the staff. */
  private List<OwnRequest.Step> history(RequestStore.Row row) {
    List<OwnRequest.Step> history = new ArrayList<>();
    for (RequestStore.Step step : store.steps(row.id())) {
      String status = "RECEIVED".equals(step.step()) ? "RECEIVED"
          : step.step().startsWith("STATUS_") ? step.step().substring("STATUS_".length()) : null;
      if (status != null && (history.isEmpty() || !history.get(history.size() - 1).status().equals(status))) {
        history.add(new OwnRequest.Step(status, step.at().toInstant()));
      }
    }
    return history;
  }
}
