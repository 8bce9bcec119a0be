package jp.vaccinationoffice.simulators.support;

import jp.vaccinationoffice.common.MyNumber;

/**
 * One incoming call as the simulated system sees it. {@code request} is compared (never printed) to
 * tell a replay of the same request from a reuse of its Idempotency-Key for a different one.
 */
public record Call<O extends Enum<O>>(
    O operation,
    String municipalityCode,
    MyNumber myNumber,
    String idempotencyKey,
    boolean mutating,
    Object request) {

  public static <O extends Enum<O>> Call<O> reading(O operation, String municipalityCode, MyNumber myNumber, String idempotencyKey, Object request) {
    return new Call<>(operation, municipalityCode, myNumber, idempotencyKey, false, request);
  }

  public static <O extends Enum<O>> Call<O> mutating(O operation, String municipalityCode, MyNumber myNumber, String idempotencyKey, Object request) {
    return new Call<>(operation, municipalityCode, myNumber, idempotencyKey, true, request);
  }

  @Override
  public String toString() {
    return operation + " at " + municipalityCode;
  }
}
