package jp.vaccinationoffice.caseserver.personalinfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Collects what the office holds about a request's subject, each item with the record it comes from:
 * the ledger's doses, the certificates issued, the records of provision to other municipalities and
 * the office's cases.
 * A disclosure collects the records it asks for; a correction or suspension all of them.
 */
@Component
class InformationGathering {

  static final String VACCINATION_RECORDS = "VACCINATION_RECORDS";
  static final String PROVISION_RECORDS = "PROVISION_RECORDS";
  static final String CASES = "CASES";
  static final String CERTIFICATES = "CERTIFICATES";

  /** A held item before it is sealed. */
  record HeldItem(String recordKind, String source, String reference, Map<String, Object> content) {}

  private final JdbcTemplate jdbc;

  InformationGathering(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<HeldItem> gather(String municipalityCode, String subjectIndex, Set<String> recordKinds) {
    List<HeldItem> items = new ArrayList<>();
    if (recordKinds.contains(VACCINATION_RECORDS)) {
      items.addAll(doses(municipalityCode, subjectIndex));
    }
    if (recordKinds.contains(PROVISION_RECORDS)) {
      items.addAll(provisions(municipalityCode, subjectIndex));
    }
    if (recordKinds.contains(CERTIFICATES)) {
      items.addAll(certificates(municipalityCode, subjectIndex));
    }
    if (recordKinds.contains(CASES)) {
      items.addAll(cases(municipalityCode, subjectIndex));
    }
    return items;
  }

  private List<HeldItem> doses(String municipalityCode, String subjectIndex) {
    return jdbc.query("""
        SELECT d.dose_number, d.vaccinated_on, d.manufacturer, d.product, d.lot
        FROM ledger_dose d JOIN ledger_person p ON p.id = d.person_id
        WHERE p.municipality_code = ? AND p.my_number_index = ? ORDER BY d.dose_number""", (rs, i) -> {
          Map<String, Object> content = new LinkedHashMap<>();
          content.put("接種回", rs.getInt(1));
          content.put("接種日", rs.getDate(2).toLocalDate().toString());
          content.put("ワクチンメーカー", rs.getString(3));
          content.put("製品名", rs.getString(4));
          content.put("ロット番号", rs.getString(5));
          return new HeldItem(VACCINATION_RECORDS, "予防接種台帳", "dose:" + rs.getInt(1), content);
        }, municipalityCode, subjectIndex);
  }

  private List<HeldItem> provisions(String municipalityCode, String subjectIndex) {
    return jdbc.query("""
        SELECT r.id, r.recorded_at, r.requesting_municipality_code, r.outcome, r.items_provided, r.legal_basis
        FROM provision_record r JOIN ledger_person p ON p.id = r.ledger_person_id
        WHERE p.municipality_code = ? AND p.my_number_index = ? ORDER BY r.recorded_at""", (rs, i) -> {
          Map<String, Object> content = new LinkedHashMap<>();
          content.put("提供日時", rs.getTimestamp(2).toLocalDateTime().toString());
          content.put("照会元市区町村", rs.getString(3));
          content.put("結果", rs.getString(4));
          content.put("提供した項目", rs.getString(5));
          content.put("根拠", rs.getString(6));
          return new HeldItem(PROVISION_RECORDS, "情報提供等の記録", "provision-record:" + rs.getString(1), content);
        }, municipalityCode, subjectIndex);
  }

  private List<HeldItem> certificates(String municipalityCode, String subjectIndex) {
    return jdbc.query("""
        SELECT c.id, c.certificate_use, c.status, c.issued_on FROM certificate c JOIN case_file f ON f.id = c.case_id
        WHERE c.municipality_code = ? AND f.municipality_code = ? AND f.my_number_index = ? ORDER BY c.issued_at""",
        (rs, i) -> {
          Map<String, Object> content = new LinkedHashMap<>();
          content.put("証明書ID", rs.getString(1));
          content.put("用途", rs.getString(2));
          content.put("状態", rs.getString(3));
          content.put("発行年月日", rs.getDate(4).toLocalDate().toString());
          return new HeldItem(CERTIFICATES, "接種証明書の交付記録", "certificate:" + rs.getString(1), content);
        }, municipalityCode, municipalityCode, subjectIndex);
  }

  private List<HeldItem> cases(String municipalityCode, String subjectIndex) {
    return jdbc.query("""
        SELECT id, case_type, status, created_at FROM case_file
        WHERE municipality_code = ? AND my_number_index = ? ORDER BY created_at""", (rs, i) -> {
          Map<String, Object> content = new LinkedHashMap<>();
          content.put("種類", rs.getString(2));
          content.put("状態", rs.getString(3));
          content.put("受付日時", rs.getTimestamp(4).toLocalDateTime().toString());
          return new HeldItem(CASES, "ケース記録", "case:" + rs.getString(1), content);
        }, municipalityCode, subjectIndex);
  }
}
