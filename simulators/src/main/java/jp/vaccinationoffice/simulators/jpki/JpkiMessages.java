package jp.vaccinationoffice.simulators.jpki;

import java.time.Instant;
import java.time.LocalDate;
import jp.vaccinationoffice.simulators.support.Sex;

/** The JSON bodies of the J-LIS / My Number card simulator. Binary values are standard base64. */
public final class JpkiMessages {

  private JpkiMessages() {}

  /**
   * A card to issue: the holder's number and four basic items, the 4-digit PIN, optionally the
   * signing password (6 to 16 of A–Z and 0–9; with it the card gets a signing certificate) and the validity of
   * its certificate (dates in Japan; an end in the past makes an expired card for tests).
   */
  public record CardRequest(
      String myNumber,
      String name,
      String address,
      LocalDate birthDate,
      Sex sex,
      String pin,
      String signingPassword,
      LocalDate certificateNotBefore,
      LocalDate certificateNotAfter) {}

  public record CardIssued(String cardId, String certificateSerial, Instant certificateNotBefore, Instant certificateNotAfter) {}

  /** {@code challenge}: base64 (URL-safe or standard) of 16 to 64 bytes, as the server issued it. */
  public record PinAndChallenge(String pin, String challenge) {}

  /**
   * What a reader gets from the card: the canonical 券面事項 bytes ({@code KenmenData}), J-LIS's
   * signature over them, the card's certificate (DER) and the card's signature over the challenge's bytes.
   */
  public record CardReading(String kenmen, String kenmenSignature, String cardCertificate, String challengeSignature) {}

  public record CardAuthentication(String challengeSignature, String cardCertificate) {}

  /** {@code data}: base64 of what to sign (at most 64 KiB). */
  public record SigningRequest(String signingPassword, String data) {}

  public record CardSignature(String signature, String signingCertificate) {}

  public record CardRevoked(String cardId, String certificateSerial, Instant revokedAt) {}
}
