package jp.vaccinationoffice.workers.gateway;

import java.util.function.Function;

/** Runs a national-system call with its recorded idempotency key: record, send, record the result. */
public class IdempotentCalls {

  public static final String REJECTED = "REJECTED";
  public static final String UNAVAILABLE = "UNAVAILABLE";

  private final IdempotencyKeys keys;

  public IdempotentCalls(IdempotencyKeys keys) {
    this.keys = keys;
  }

  public <T> T run(CallScope scope, NationalSystem system, String operation, Function<String, T> send, Function<T, Enum<?>> outcome) {
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
