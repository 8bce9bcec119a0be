package jp.vaccinationoffice.simulators.support;

import java.net.URI;
import jp.vaccinationoffice.simulators.SimulatorsProperties;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * What all simulated national systems share: the call log, injected faults and Idempotency-Key
 * replay. Each call passes, in order: the Idempotency-Key requirement of mutating operations, an
 * active fault, the replay of an earlier answer, then the operation itself.
 */
public abstract class SimulatedSystem<O extends Enum<O>> implements Resettable {

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private final String name;
  private final CallLog calls;
  private final Faults<O> faults;
  private final IdempotentReplies replies = new IdempotentReplies();
  private final FaultHold hold;
  private final Duration timeoutHold;

  protected SimulatedSystem(String name, Class<O> operations, FaultHold hold, SimulatorsProperties properties) {
    this.name = name;
    this.calls = new CallLog(name);
    this.faults = new Faults<>(operations, properties.getFaults().getSlowDelay());
    this.hold = hold;
    this.timeoutHold = properties.getFaults().getTimeoutHold();
  }

  public ResponseEntity<Object> handle(Call<O> call, Supplier<Reply> operation) {
    String key = call.idempotencyKey();
    if (call.mutating() && (key == null || key.isBlank())) {
      throw SimulatorRequestException.invalid(IDEMPOTENCY_KEY + " header is required for " + call.operation());
    }
    Optional<ActiveFault> fault = faults.take(call.operation());
    if (fault.isPresent()) {
      ResponseEntity<Object> failure = applyFault(call, fault.get());
      if (failure != null) {
        return failure;
      }
    }
    if (key == null || key.isBlank()) {
      return toResponse(execute(call, operation), false);
    }
    IdempotentReplies.Slot slot = replies.slotFor(call.operation(), key, call.request());
    synchronized (slot) {
      if (!Objects.equals(slot.request(), call.request())) {
        calls.add(call, CallOutcome.REJECTED);
        throw SimulatorRequestException.conflict(IDEMPOTENCY_KEY + " was already used for a different " + call.operation() + " request");
      }
      if (slot.reply() != null) {
        calls.add(call, CallOutcome.REPLAYED);
        return toResponse(slot.reply(), true);
      }
      Reply first = execute(call, operation);
      slot.complete(first);
      return toResponse(first, false);
    }
  }

  private ResponseEntity<Object> applyFault(Call<O> call, ActiveFault fault) {
    switch (fault.mode()) {
      case UNAVAILABLE -> {
        calls.add(call, CallOutcome.FAILED);
        return unavailable(call, "is unavailable (injected fault)");
      }
      case TIMEOUT -> {
        calls.add(call, CallOutcome.FAILED);
        hold.hold(timeoutHold);
        return unavailable(call, "did not answer in time (injected fault)");
      }
      case SLOW -> {
        // A request released by a reset belongs to the state before it and must not act on the new one.
        return hold.hold(fault.delay()) ? null : unavailable(call, "was cut short by a reset or shutdown");
      }
      default -> {
        return null;
      }
    }
  }

  private Reply execute(Call<O> call, Supplier<Reply> operation) {
    try {
      Reply reply = operation.get();
      calls.add(call, reply.outcome());
      return reply;
    } catch (SimulatorRequestException e) {
      calls.add(call, CallOutcome.REJECTED);
      throw e;
    }
  }

  private ResponseEntity<Object> unavailable(Call<O> call, String what) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, name + " " + call.operation() + " " + what);
    problem.setType(URI.create(SimulatorProblems.TYPE_PREFIX + "unavailable"));
    problem.setTitle("Service unavailable");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
  }

  private static ResponseEntity<Object> toResponse(Reply reply, boolean replayed) {
    ResponseEntity.BodyBuilder builder = ResponseEntity.status(reply.status());
    if (replayed) {
      builder.header(REPLAYED_HEADER, "true");
    }
    return builder.body(reply.body());
  }

  public List<CallRecord> calls(String municipalityCode, String operation) {
    if (operation != null && !operation.isBlank()) {
      faults.operationOf(operation);
    }
    return calls.find(blankToNull(municipalityCode), blankToNull(operation));
  }

  public List<ActiveFault> setFault(FaultRequest request) {
    return faults.set(Require.present(request, "body"));
  }

  public List<ActiveFault> faults() {
    return faults.list();
  }

  @Override
  public void reset() {
    calls.reset();
    faults.reset();
    replies.reset();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
