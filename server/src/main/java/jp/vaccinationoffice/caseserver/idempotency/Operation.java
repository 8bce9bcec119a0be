package jp.vaccinationoffice.caseserver.idempotency;

/**
 * The creating requests that take an {@code Idempotency-Key}; a key is unique per municipality and
 * operation. The certificate and personal-information request intakes join here when they come.
 */
public enum Operation {
  MOVE_IN_QUERY,
  CERTIFICATE_REQUEST
}
