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

  public record Decision(String decision, String withheldKind, String withheldGround, String grantedItems,
      String draftedBy, String decidedBy, LocalDate decidedOn) {}

  public record TableDecision(String decisionId, int version, Map<String, Object> result) {}

  public record Letter(String letterId, String kind, LocalDate issuedOn, LocalDate answerBy) {}

  public record Step(String step, String actor, String detail, Instant at) {}
}
