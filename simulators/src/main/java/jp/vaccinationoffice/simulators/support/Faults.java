package jp.vaccinationoffice.simulators.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/** The faults injected into one simulated system, per operation, each for a number of calls. */
public class Faults<O extends Enum<O>> implements Resettable {

  private final Class<O> operations;
  private final Duration defaultSlowDelay;
  private final Map<O, ActiveFault> active = new ConcurrentHashMap<>();

  public Faults(Class<O> operations, Duration defaultSlowDelay) {
    this.operations = operations;
    this.defaultSlowDelay = defaultSlowDelay;
  }

  public List<ActiveFault> set(FaultRequest request) {
    O operation = operationOf(request.operation());
    FaultMode mode = Require.present(request.mode(), "mode");
    if (mode == FaultMode.NONE) {
      active.remove(operation);
      return list();
    }
    int count = request.count() == null ? 1 : request.count();
    Require.that(count >= 1, "count must be at least 1");
    Duration delay = defaultSlowDelay;
    if (request.delayMillis() != null) {
      Require.that(request.delayMillis() >= 0 && request.delayMillis() <= 600_000, "delayMillis must be between 0 and 600000");
      delay = Duration.ofMillis(request.delayMillis());
    }
    active.put(operation, new ActiveFault(operation.name(), mode, count, delay.toMillis()));
    return list();
  }

  /** Takes one hit of the operation's fault, if one is active. */
  public Optional<ActiveFault> take(O operation) {
    AtomicReference<ActiveFault> taken = new AtomicReference<>();
    active.computeIfPresent(operation, (op, fault) -> {
      taken.set(fault);
      return fault.remaining() > 1 ? fault.consumeOne() : null;
    });
    return Optional.ofNullable(taken.get());
  }

  public List<ActiveFault> list() {
    return active.values().stream().filter(f -> f.remaining() > 0).toList();
  }

  public O operationOf(String name) {
    Require.text(name, "operation");
    for (O candidate : operations.getEnumConstants()) {
      if (candidate.name().equals(name)) {
        return candidate;
      }
    }
    throw SimulatorRequestException.invalid("operation must be one of " + List.of(operations.getEnumConstants()));
  }

  @Override
  public void reset() {
    active.clear();
  }
}
