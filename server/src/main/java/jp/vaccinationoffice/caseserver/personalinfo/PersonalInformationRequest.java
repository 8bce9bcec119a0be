package jp.vaccinationoffice.caseserver.personalinfo;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /api/personal-information-requests}: a disclosure, correction or suspension
 * request (開示・訂正・利用停止請求) as received at the counter, by mail or online. Exactly the
 * section of its type is given.
 */
public record PersonalInformationRequest(
    String type,
    String channel,
    LocalDate receivedOn,
    Requester requester,
    Subject subject,
    Disclosure disclosure,
    Correction correction,
    Suspension suspension) {

  /** Who files the request: the person (SELF), a legal representative or an agent (任意代理人). */
  public record Requester(
      String relationship,
      String familyName,
      String givenName,
      String familyNameKana,
      String givenNameKana,
      LocalDate birthDate,
      String address,
      String phone) {}

  /** Whose information is asked for: the My Number, or the four basic items (氏名・生年月日・性別・住所). */
  public record Subject(
      String myNumber,
      String familyName,
      String givenName,
      LocalDate birthDate,
      String sex,
      String address) {}

  public record Disclosure(List<String> records, String method) {}

  public record Correction(List<CorrectionItem> records, String reason) {}

  /** One correction asked for: the ledger dose (its dose number as reference), the item and its new value. */
  public record CorrectionItem(String kind, String reference, String item, String requestedValue) {}

  /**
   * The measure asked for ({@code measure}), or several ({@code measures}, e.g. STOP_PROVISION and
   * ERASE), each decided on its own; the ground is the violation the requester holds against the office.
   */
  public record Suspension(String measure, String ground, List<String> measures) {

    public Suspension(String measure, String ground) {
      this(measure, ground, null);
    }

    /** The measures asked for, in the order given. */
    public List<String> requested() {
      return measures != null ? measures : measure == null ? List.of() : List.of(measure);
    }
  }
}
