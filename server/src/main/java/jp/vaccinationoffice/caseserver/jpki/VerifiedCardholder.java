package jp.vaccinationoffice.caseserver.jpki;

import java.security.cert.X509Certificate;
import java.time.LocalDate;
import jp.vaccinationoffice.common.MyNumber;

/**
 * The holder of a card whose evidence passed every check: the number and the four basic items as
 * J-LIS signed them, the served municipality the address lies in, and the card's certificate.
 */
public record VerifiedCardholder(MyNumber myNumber, String name, String address, LocalDate birthDate, String sex,
    String municipalityCode, X509Certificate certificate) {

  @Override
  public String toString() {
    return "VerifiedCardholder[myNumber=" + myNumber + ", municipalityCode=" + municipalityCode + "]";
  }
}
