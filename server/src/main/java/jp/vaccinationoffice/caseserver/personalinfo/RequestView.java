package jp.vaccinationoffice.caseserver.personalinfo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A request as staff see it: who asks for what, the deadline and how it was computed, the decision, letters, history. */
public record RequestView(
    String requestId,
    String type,
    String channel,
    String status,
    String processInstanceId,
    LocalDate receivedOn,
    Requester requester,
    Subject subject,
    Object details,
    LocalDate deadline,
    Deadline deadlineComputation,
    boolean overdue,
    Decision decision,
    List<TableDecision> decisions,
    int itemsHeld,
    List<HeldItem> items,
    List<Letter> letters,
    List<Step> history) {

  public record Requester(String relationship, String familyName, String givenName, String familyNameKana,
      String givenNameKana, LocalDate birthDate, String address, String phone) {}

  /** The subject; a My Number only masked. */
  public record Subject(String myNumber, String familyName, String givenName, LocalDate birthDate, String sex,
      String address) {}

  public record Deadline(LocalDate receivedOn, int days, int pausedDays, boolean paused, LocalDate amendmentDue,
      Integer extensionDays, String extensionReason, LocalDate extendedOn, boolean special, LocalDate restBy,
      List<LocalDate> closedDaysSkipped) {}

  /**
   * The drafted or approved decision: {@code parts} are a correction's items (by number) or a
   * suspension's measures, each granted or refused with its reason; a disclosure's withheld items are
   * the {@link HeldItem}s with a {@code withheldGround}.
   */
  public record Decision(String decision, String grantedItems, List<Part> parts, String draftedBy, String decidedBy,
      LocalDate decidedOn) {}

  public record Part(String part, boolean granted, String reason) {}

  /** An item of the gathered information, by the number the draft decision names it with; never its content. */
  public record HeldItem(int itemNo, String recordKind, String label, String source, String reference,
      String withheldGround) {}

  public record TableDecision(String decisionId, int version, Map<String, Object> result) {}

  public record Letter(String letterId, String kind, LocalDate issuedOn, LocalDate answerBy) {}

  public record Step(String step, String actor, String detail, Instant at) {}
}
