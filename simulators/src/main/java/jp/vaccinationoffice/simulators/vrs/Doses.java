package jp.vaccinationoffice.simulators.vrs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.vaccinationoffice.simulators.support.Require;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.Dose;

/** Checks of vaccination records sent to the VRS. */
final class Doses {

  private Doses() {}

  static List<Dose> validated(List<Dose> doses, String field) {
    if (doses == null) {
      return List.of();
    }
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < doses.size(); i++) {
      String at = field + "[" + i + "]";
      Dose dose = Require.present(doses.get(i), at);
      Integer number = Require.present(dose.doseNumber(), at + ".doseNumber");
      Require.that(number >= 1 && number <= 20, at + ".doseNumber must be between 1 and 20");
      Require.that(numbers.add(number), at + ".doseNumber repeats an earlier dose");
      Require.present(dose.date(), at + ".date");
      Require.text(dose.manufacturer(), at + ".manufacturer");
    }
    return List.copyOf(doses);
  }
}
