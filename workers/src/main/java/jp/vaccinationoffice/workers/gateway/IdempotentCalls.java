package jp.vaccinationoffice.workers.gateway;

import java.util.function.Function;
import jp.vaccinationoffice.workers.runtime.StepTransactions;

/**
 * Runs a national-system call with its recorded idempotency key: record, send, record the result.
 * The call and its record are outside the worker step's transaction: what the step wrote before
 * commits first, and the record of the call stays even when the step is rolled back later.
 */
public class IdempotentCalls {

  public static final String REJECTED = "REJECTED";
  public static final String UNAVAILABLE = "UNAVAILABLE";

  private final IdempotencyKeys keys;
  private final StepTransactions steps;

  public IdempotentCalls(IdempotencyKeys keys) {
    this(keys, StepTransactions.NONE);
  }

  public IdempotentCalls(IdempotencyKeys keys, StepTransactions steps) {
    this.keys = keys;
    this.steps = steps;
  }

  public <T> T run(CallScope scope, NationalSystem system, String operation, Function<String, T> send, Function<T, Enum<?>> outcome) {
    return steps.outside(() -> call(scope, system, operation, send, outcome));
  }

  private <T> T call(CallScope scope, NationalSystem system, String operation, Function<String, T> send, Function<T, Enum<?>> outcome) {
    String key = keys.begin(scope, system, operation);
    try {
      T answer = send.apply(key);
      keys.completed(key, outcome.apply(answer).name());
      return answer;
    } catch (NationalSystemRejectedException e) {
      keys.completed(key, REJECTED);
      throw e;
    } catch (NationalSystemUnavailableException e) {
      keys.failed(key, UNAVAILABLE);
      throw e;
    }
  }
}
