package jp.vaccinationoffice.caseserver.personalinfo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request as the person who filed it about themselves sees it: codes, dates, the letters sent and
 * the statuses it passed; nothing of the office's staff. {@code deadline} is null once decided.
 */
public record OwnRequest(
    String requestId,
    String type,
    String channel,
    String status,
    LocalDate receivedOn,
    LocalDate deadline,
    LocalDate amendmentDue,
    LocalDate decidedOn,
    boolean withdrawable,
    boolean disclosedInformation,
    boolean disclosedCsv,
    List<Letter> letters,
    List<Step> history) {

  public record Letter(String letterId, String kind, LocalDate issuedOn, LocalDate answerBy) {}

  /** A status the request took, and when. */
  public record Step(String status, Instant at) {}
}
