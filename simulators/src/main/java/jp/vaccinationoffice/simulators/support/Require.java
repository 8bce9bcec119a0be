package jp.vaccinationoffice.simulators.support;

import java.util.Collection;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.Municipalities;
import jp.vaccinationoffice.common.MyNumber;

/** Input checks of the simulated systems; each failure is a 400 naming the field, never its value. */
public final class Require {

  private Require() {}

  public static MyNumber myNumber(String value) {
    return MyNumber.parse(value);
  }

  public static MunicipalityCode municipality(String value) {
    return Municipalities.requireKnown(value);
  }

  public static <T> T present(T value, String field) {
    if (value == null) {
      throw SimulatorRequestException.invalid(field + " is required");
    }
    return value;
  }

  public static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw SimulatorRequestException.invalid(field + " is required");
    }
    return value.strip();
  }

  public static <T extends Collection<?>> T notEmpty(T values, String field) {
    if (values == null || values.isEmpty()) {
      throw SimulatorRequestException.invalid(field + " must not be empty");
    }
    return values;
  }

  public static void that(boolean condition, String detail) {
    if (!condition) {
      throw SimulatorRequestException.invalid(detail);
    }
  }
}
