package jp.vaccinationoffice.bench.movein;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import jp.vaccinationoffice.common.MyNumber;

/**
 * Distinct valid My Numbers for the residents of one run: a random block of consecutive eleven-digit
 * stems, each with its check digit. They are sent to the server only, never printed.
 */
final class Residents {

  private Residents() {}

  static List<String> myNumbers(int count) {
    long stemBlock = 10_000_000_000L + new SecureRandom().nextLong(80_000_000_000L - count);
    List<String> numbers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String stem = Long.toString(stemBlock + i);
      numbers.add(stem + MyNumber.checkDigit(stem));
    }
    return numbers;
  }
}
