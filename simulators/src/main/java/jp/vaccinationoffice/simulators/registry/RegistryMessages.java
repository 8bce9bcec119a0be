package jp.vaccinationoffice.simulators.registry;

import java.time.LocalDate;
import java.util.List;
import jp.vaccinationoffice.simulators.support.Sex;

/** The JSON bodies of the resident registry / addressee system simulator. */
public final class RegistryMessages {

  private RegistryMessages() {}

  public record ResidentSeed(
      String myNumber,
      String addresseeNumber,
      String familyName,
      String givenName,
      String familyNameKana,
      String givenNameKana,
      LocalDate birthDate,
      Sex sex,
      String address,
      Boolean supportMeasure) {}

  public record SeedAnswer(String municipalityCode, String myNumberLast4, String addresseeNumber) {}

  /** Kana and address are compared only when sent. */
  public record VerificationRequest(
      String myNumber,
      String familyName,
      String givenName,
      String familyNameKana,
      String givenNameKana,
      LocalDate birthDate,
      Sex sex,
      String address) {}

  public enum VerificationOutcome {
    MATCHED,
    MISMATCHED,
    NOT_REGISTERED
  }

  public record VerificationAnswer(
      VerificationOutcome outcome, List<BasicItem> mismatchedItems, String addresseeNumber, Boolean supportMeasure) {}

  public record SupportMeasureRequest(String myNumber) {}

  public enum ResidentOutcome {
    REGISTERED,
    NOT_REGISTERED
  }

  public record SupportMeasureAnswer(ResidentOutcome outcome, Boolean supportMeasure) {}
}
