package jp.vaccinationoffice.caseserver.letters;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every letter starts with: its number in the office's register (文書番号, e.g. 防健第123号;
 * null when the office numbers none), its date, the addressee and the issuer.
 */
public record LetterHead(String documentNumber, LocalDate date, Addressee addressee, Issuer issuer) {

  public LetterHead {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(issuer, "issuer");
  }
}
