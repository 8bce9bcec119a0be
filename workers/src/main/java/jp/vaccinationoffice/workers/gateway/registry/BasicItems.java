package jp.vaccinationoffice.workers.gateway.registry;

import java.time.LocalDate;
import java.util.Objects;
import jp.vaccinationoffice.workers.gateway.Sex;

/** The basic items (基本4情報) to verify; kana and address are compared only when given. */
public record BasicItems(
    String familyName,
    String givenName,
    String familyNameKana,
    String givenNameKana,
    LocalDate birthDate,
    Sex sex,
    String address) {

  public BasicItems {
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(sex, "sex");
  }
}
