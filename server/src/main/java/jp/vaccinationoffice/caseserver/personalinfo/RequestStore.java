package jp.vaccinationoffice.caseserver.personalinfo;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The requests' tables: the request, its steps, decisions, gathered items and letters. */
@Repository
class RequestStore {

  /** A request's columns in clear: codes, dates and staff ids, never personal data. */
  record Row(String id, String municipalityCode, RequestType type, String channel, String relationship, String status,
      LocalDate receivedOn, String subjectIndex, String disclosureMethod, String suspensionMeasure,
      String processInstanceId, LocalDate deadline, int pausedDays, LocalDate pausedSince, LocalDate amendmentDue,
      Integer extensionDays, String extensionReason, LocalDate extendedOn, LocalDate specialRestBy, String decision,
      String withheldKind, String withheldGround, String grantedItems, String draftedBy, String decidedBy,
      LocalDate decidedOn) {

    boolean open() {
      return decidedOn == null && !RequestStatuses.CLOSED.contains(status);
    }

    boolean paused() {
      return pausedSince != null;
    }
  }

  /** The sealed documents of a request: requester, subject and the details of its type. */
  record Sealed(String requester, String subject, String details) {}

  record Step(String step, String actor, String detail, Timestamp at) {}

  record Letter(String id, String kind, LocalDate issuedOn, LocalDate answerBy, String issuedBy) {}

  record Item(int seq, String recordKind, String source, String reference, String contentSealed,
      String withheldGround) {}

  private static final String COLUMNS = """
      id, municipality_code, request_type, channel, relationship, status, received_on, subject_index,
      disclosure_method, suspension_measure, process_instance_id, deadline, paused_days, paused_since, amendment_due,
      extension_days, extension_reason, extended_on, special_rest_by, decision, withheld_kind, withheld_ground,
      granted_items, drafted_by, decided_by, decided_on""";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final RequestSearchDocuments.Indexing search;

  RequestStore(JdbcTemplate jdbc, Clock clock, RequestSearchDocuments.Indexing search) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.search = search;
  }

  void insert(Row row, Sealed sealed, String createdBy) {
    jdbc.update("""
        INSERT INTO pi_request (id, municipality_code, request_type, channel, relationship, status, received_on,
            requester_sealed, subject_sealed, subject_index, details_sealed, disclosure_method, suspension_measure,
            deadline, paused_days, created_by, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""",
        row.id(), row.municipalityCode(), row.type().name(), row.channel(), row.relationship(), row.status(),
        Date.valueOf(row.receivedOn()), sealed.requester(), sealed.subject(), row.subjectIndex(), sealed.details(),
        row.disclosureMethod(), row.suspensionMeasure(), Date.valueOf(row.deadline()), createdBy, now(), now());
    search.changed(row.id());
  }

  void processStarted(String id, String processInstanceId) {
    jdbc.update("UPDATE pi_request SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  Optional<Row> find(String municipalityCode, String id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM pi_request WHERE id = ? AND municipality_code = ?", RequestStore::row,
        id, municipalityCode).stream().findFirst();
  }

  Row get(String id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM pi_request WHERE id = ?", RequestStore::row, id).stream()
        .findFirst().orElseThrow(() -> new IllegalStateException("no personal-information request " + id));
  }

  /** The municipality's requests, newest first, filtered in SQL by status and type. */
  List<Row> list(String municipalityCode, String status, String type) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM pi_request WHERE municipality_code = ?");
    List<Object> args = new ArrayList<>(List.of(municipalityCode));
    if (status != null) {
      sql.append(" AND status = ?");
      args.add(status);
    }
    if (type != null) {
      sql.append(" AND request_type = ?");
      args.add(type);
    }
    sql.append(" ORDER BY received_on DESC, created_at DESC");
    return jdbc.query(sql.toString(), RequestStore::row, args.toArray());
  }

  /** Earlier requests about the same subject, newest first. */
  List<Row> ofSubject(String municipalityCode, String subjectIndex) {
    return jdbc.query("SELECT " + COLUMNS + " FROM pi_request WHERE municipality_code = ? AND subject_index = ?"
        + " ORDER BY decided_on DESC", RequestStore::row, municipalityCode, subjectIndex);
  }

  Sealed sealed(String id) {
    return jdbc.queryForObject("SELECT requester_sealed, subject_sealed, details_sealed FROM pi_request WHERE id = ?",
        (rs, i) -> new Sealed(rs.getString(1), rs.getString(2), rs.getString(3)), id);
  }

  void status(String id, String status) {
    jdbc.update("UPDATE pi_request SET status = ?, updated_at = ? WHERE id = ?", status, now(), id);
    search.changed(id);
  }

  void deadline(String id, LocalDate deadline) {
    jdbc.update("UPDATE pi_request SET deadline = ?, updated_at = ? WHERE id = ?", Date.valueOf(deadline), now(), id);
    search.changed(id);
  }

  void paused(String id, LocalDate since, LocalDate amendmentDue) {
    jdbc.update("UPDATE pi_request SET paused_since = ?, amendment_due = ?, updated_at = ? WHERE id = ?",
        Date.valueOf(since), Date.valueOf(amendmentDue), now(), id);
  }

  void resumed(String id, int pausedDays, LocalDate deadline) {
    jdbc.update("""
        UPDATE pi_request SET paused_since = NULL, amendment_due = NULL, paused_days = ?, deadline = ?, updated_at = ?
        WHERE id = ?""", pausedDays, Date.valueOf(deadline), now(), id);
    search.changed(id);
  }

  void extended(String id, int days, String reason, LocalDate on, LocalDate specialRestBy, LocalDate deadline) {
    jdbc.update("""
        UPDATE pi_request SET extension_days = ?, extension_reason = ?, extended_on = ?, special_rest_by = ?,
            deadline = ?, updated_at = ? WHERE id = ?""",
        days, reason, Date.valueOf(on), specialRestBy == null ? null : Date.valueOf(specialRestBy),
        Date.valueOf(deadline), now(), id);
    search.changed(id);
  }

  void drafted(String id, String decision, String withheldKind, String withheldGround, String grantedItems,
      String drafter) {
    jdbc.update("""
        UPDATE pi_request SET decision = ?, withheld_kind = ?, withheld_ground = ?, granted_items = ?, drafted_by = ?,
            updated_at = ? WHERE id = ?""", decision, withheldKind, withheldGround, grantedItems, drafter, now(), id);
  }

  void granted(String id, String grantedItems) {
    jdbc.update("UPDATE pi_request SET granted_items = ?, updated_at = ? WHERE id = ?", grantedItems, now(), id);
  }

  void approved(String id, String supervisor) {
    jdbc.update("UPDATE pi_request SET decided_by = ?, decided_at = ?, updated_at = ? WHERE id = ?", supervisor, now(),
        now(), id);
  }

  void decidedOn(String id, LocalDate on) {
    jdbc.update("UPDATE pi_request SET decided_on = ?, updated_at = ? WHERE id = ?", Date.valueOf(on), now(), id);
  }

  void step(String id, String step, String actor, String detail) {
    jdbc.update("INSERT INTO pi_request_step (request_id, step, actor, detail, at) VALUES (?, ?, ?, ?, ?)", id, step,
        actor, detail, now());
  }

  List<Step> steps(String id) {
    return jdbc.query("SELECT step, actor, detail, at FROM pi_request_step WHERE request_id = ? ORDER BY id",
        (rs, i) -> new Step(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4)), id);
  }

  void decision(String id, String decisionKey, int version, String resultJson) {
    jdbc.update("""
        INSERT INTO pi_request_decision (request_id, decision_key, decision_version, result, at)
        VALUES (?, ?, ?, ?, ?)""", id, decisionKey, version, resultJson, now());
  }

  List<String[]> decisions(String id) {
    return jdbc.query("SELECT decision_key, decision_version, result FROM pi_request_decision WHERE request_id = ?"
        + " ORDER BY id", (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, id);
  }

  /** Replaces the gathered items (gathering again after a send-back finds what is held now). */
  void items(String id, List<Item> items) {
    jdbc.update("DELETE FROM pi_request_item WHERE request_id = ?", id);
    for (Item item : items) {
      jdbc.update("""
          INSERT INTO pi_request_item (request_id, seq, record_kind, source, reference, content_sealed, withheld_ground)
          VALUES (?, ?, ?, ?, ?, ?, ?)""", id, item.seq(), item.recordKind(), item.source(), item.reference(),
          item.contentSealed(), item.withheldGround());
    }
  }

  List<Item> items(String id) {
    return jdbc.query("""
        SELECT seq, record_kind, source, reference, content_sealed, withheld_ground FROM pi_request_item
        WHERE request_id = ? ORDER BY seq""", (rs, i) -> new Item(rs.getInt(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getString(6)), id);
  }

  /** Marks the drafted withholding: the items named (by number) with their ground, every other item disclosed. */
  void withhold(String id, Map<Integer, String> groundsByItem) {
    jdbc.update("UPDATE pi_request_item SET withheld_ground = NULL WHERE request_id = ?", id);
    groundsByItem.forEach((seq, ground) -> jdbc.update(
        "UPDATE pi_request_item SET withheld_ground = ? WHERE request_id = ? AND seq = ?", ground, id, seq));
  }

  /** Replaces the drafted decision's parts (a correction's items, a suspension's measures). */
  void parts(String id, List<DecisionDraft.Part> parts) {
    jdbc.update("DELETE FROM pi_request_part_decision WHERE request_id = ?", id);
    for (DecisionDraft.Part part : parts) {
      jdbc.update("INSERT INTO pi_request_part_decision (request_id, part, granted, reason) VALUES (?, ?, ?, ?)", id,
          part.part(), part.granted(), part.reason() == null ? null : part.reason().name());
    }
  }

  List<DecisionDraft.Part> parts(String id) {
    return jdbc.query("SELECT part, granted, reason FROM pi_request_part_decision WHERE request_id = ?",
        (rs, i) -> new DecisionDraft.Part(rs.getString(1), rs.getBoolean(2),
            rs.getString(3) == null ? null : RefusalReason.valueOf(rs.getString(3))), id);
  }

  /** Records a letter once per effect key; the letter of the first call is the letter. */
  Letter letter(String requestId, String kind, LocalDate issuedOn, LocalDate answerBy, String effectKey,
      String issuedBy) {
    List<Letter> existing = jdbc.query("SELECT id, kind, issued_on, answer_by, issued_by FROM pi_request_letter"
        + " WHERE effect_key = ?", RequestStore::letter, effectKey);
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    String id = java.util.UUID.randomUUID().toString();
    jdbc.update("""
        INSERT INTO pi_request_letter (id, request_id, kind, issued_on, answer_by, effect_key, issued_by, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", id, requestId, kind, Date.valueOf(issuedOn),
        answerBy == null ? null : Date.valueOf(answerBy), effectKey, issuedBy, now());
    return new Letter(id, kind, issuedOn, answerBy, issuedBy);
  }

  List<Letter> letters(String requestId) {
    return jdbc.query("SELECT id, kind, issued_on, answer_by, issued_by FROM pi_request_letter WHERE request_id = ?"
        + " ORDER BY created_at, id", RequestStore::letter, requestId);
  }

  Optional<Letter> letter(String requestId, String letterId) {
    return jdbc.query("SELECT id, kind, issued_on, answer_by, issued_by FROM pi_request_letter WHERE request_id = ?"
        + " AND id = ?", RequestStore::letter, requestId, letterId).stream().findFirst();
  }

  private static Letter letter(ResultSet rs, int i) throws SQLException {
    return new Letter(rs.getString(1), rs.getString(2), date(rs, 3), date(rs, 4), rs.getString(5));
  }

  private static Row row(ResultSet rs, int i) throws SQLException {
    return new Row(rs.getString("id"), rs.getString("municipality_code"),
        RequestType.valueOf(rs.getString("request_type")), rs.getString("channel"), rs.getString("relationship"),
        rs.getString("status"), date(rs, "received_on"), rs.getString("subject_index"),
        rs.getString("disclosure_method"), rs.getString("suspension_measure"), rs.getString("process_instance_id"),
        date(rs, "deadline"), rs.getInt("paused_days"), date(rs, "paused_since"), date(rs, "amendment_due"),
        (Integer) rs.getObject("extension_days"), rs.getString("extension_reason"), date(rs, "extended_on"),
        date(rs, "special_rest_by"), rs.getString("decision"), rs.getString("withheld_kind"),
        rs.getString("withheld_ground"), rs.getString("granted_items"), rs.getString("drafted_by"),
        rs.getString("decided_by"), date(rs, "decided_on"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private static LocalDate date(ResultSet rs, int column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
