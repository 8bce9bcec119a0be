package jp.vaccinationoffice.caseserver.protection;

/**
 * A token that does not open: malformed, altered, or sealed for another municipality. The message
 * names the municipality and the key version, never the token's content or its plaintext.
 */
public class TokenRejectedException extends RuntimeException {

  TokenRejectedException(String message) {
    super(message);
  }
}
