package jp.vaccinationoffice.caseserver.certificates;

/** How a passport number is shown: only its last two characters. */
final class PassportNumbers {

  private PassportNumbers() {}

  static String masked(String number) {
    if (number == null) {
      return null;
    }
    return "*".repeat(Math.max(0, number.length() - 2)) + number.substring(Math.max(0, number.length() - 2));
  }
}
