package jp.vaccinationoffice.caseserver.letters;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The request a letter answers.
 *
 * @param informationName the name of the 保有個人情報 the request is about, as the request names it
 *     (e.g. 新型コロナウイルス感染症予防接種記録（予防接種台帳）)
 */
public record RequestReference(RequestKind kind, String requestNumber, LocalDate receivedOn, String informationName) {

  public RequestReference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(requestNumber, "requestNumber");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(informationName, "informationName");
  }
}
