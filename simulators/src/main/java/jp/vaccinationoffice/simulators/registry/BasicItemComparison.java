package jp.vaccinationoffice.simulators.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.vaccinationoffice.simulators.registry.RegistryMessages.VerificationRequest;

/**
 * Compares submitted basic items with the registered ones. Text is compared after NFKC
 * normalisation without white space, so full- and half-width forms and spacing do not count.
 */
final class BasicItemComparison {

  private BasicItemComparison() {}

  static List<BasicItem> mismatches(Resident resident, VerificationRequest request) {
    List<BasicItem> differing = new ArrayList<>();
    compareText(BasicItem.FAMILY_NAME, resident.familyName(), request.familyName(), differing);
    compareText(BasicItem.GIVEN_NAME, resident.givenName(), request.givenName(), differing);
    if (request.familyNameKana() != null) {
      compareText(BasicItem.FAMILY_NAME_KANA, resident.familyNameKana(), request.familyNameKana(), differing);
    }
    if (request.givenNameKana() != null) {
      compareText(BasicItem.GIVEN_NAME_KANA, resident.givenNameKana(), request.givenNameKana(), differing);
    }
    if (!Objects.equals(resident.birthDate(), request.birthDate())) {
      differing.add(BasicItem.BIRTH_DATE);
    }
    if (resident.sex() != request.sex()) {
      differing.add(BasicItem.SEX);
    }
    if (request.address() != null) {
      compareText(BasicItem.ADDRESS, resident.address(), request.address(), differing);
    }
    return differing;
  }

  private static void compareText(BasicItem item, String registered, String submitted, List<BasicItem> differing) {
    if (!normalised(registered).equals(normalised(submitted))) {
      differing.add(item);
    }
  }

  private static String normalised(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }
}
