package jp.vaccinationoffice.caseserver.corrections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.certificates.CertificateRevocations;
import jp.vaccinationoffice.caseserver.modeleffects.Actors;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects an item of a ledger dose as a granted correction request decides (個人情報保護法第92条,
 * 第94条; 番号法 keeps the right for specific personal information). The value before and after are
 * kept, sealed, in the dose's correction history, and the change is access-logged. A change revokes
 * the valid certificates that certify the dose ({@link CertificateRevocations}). Each correction
 * is made once per effect key: the same key again answers the first correction and changes nothing.
 * Joins the caller's transaction (the correction process's worker step).
 */
@Service
public class LedgerCorrections {

  static final String SUBJECT = "LEDGER_DOSE";

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final AccessLog accessLog;
  private final Clock clock;
  private final CertificateRevocations revocations;
  private final Ledger ledger;

  public LedgerCorrections(JdbcTemplate jdbc, PersonalDataCipher cipher, AccessLog accessLog, Clock clock,
      CertificateRevocations revocations, Ledger ledger) {
    this.ledger = ledger;
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.accessLog = accessLog;
    this.clock = clock;
    this.revocations = revocations;
  }

  /**
   * Sets {@code item} of dose {@code doseId} of {@code municipalityCode}'s ledger to {@code newValue}.
   * Throws {@link DoseCorrectionRefused} for a dose the municipality does not hold (another
   * municipality's dose included), a value the ledger would not hold, or a dose number taken.
   */
  @Transactional
  public DoseCorrection correctDose(String municipalityCode, long doseId, DoseItem item, String newValue, String effectKey) {
    requireKey(effectKey);
    Optional<DoseCorrection> earlier = byEffectKey(effectKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    String personId = personOfDose(municipalityCode, doseId);
    Map<String, Object> dose = jdbc.queryForMap(
        "SELECT dose_number, vaccinated_on, manufacturer, product, lot FROM ledger_dose WHERE id = ? FOR UPDATE", doseId);
    // a simultaneous step with the same key held the lock until it committed
    earlier = byEffectKey(effectKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    String value = item.normalised(newValue, LocalDate.now(clock));
    String oldValue = String.valueOf(dose.get(item.column()));
    int doseNumber = ((Number) dose.get("dose_number")).intValue();
    boolean changed = !oldValue.equals(value);
    if (changed) {
      if (item == DoseItem.DOSE_NUMBER) {
        requireFreeDoseNumber(personId, doseId, Integer.parseInt(value));
      }
      ledger.correctDose(doseId, item.column(), item.columnValue(value));
    }
    List<String> revoked = changed
        ? revocations.revokeForDoses(municipalityCode, List.of(doseId), "接種記録の訂正 (" + item + ")") : List.of();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update("""
        INSERT INTO ledger_dose_correction (effect_key, municipality_code, dose_id, person_id, dose_number, item,
            old_value_sealed, new_value_sealed, changed, revoked_certificate_ids, corrected_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        effectKey, municipalityCode, doseId, personId, doseNumber, item.name(), cipher.seal(municipalityCode, oldValue),
        cipher.seal(municipalityCode, value), changed, String.join(",", revoked), now);
    accessLog.record(new AccessEntry(Actors.SYSTEM, municipalityCode, AccessAction.UPDATE, SUBJECT, String.valueOf(doseId),
        justification(effectKey), null));
    long correctionId = jdbc.queryForObject("SELECT id FROM ledger_dose_correction WHERE effect_key = ?", Long.class,
        effectKey);
    return new DoseCorrection(correctionId, doseId, item, oldValue, value, changed, revoked, now.toInstant(), false);
  }

  /** Removes the correction history of a person whose ledger records are erased; how many corrections it held. */
  public int eraseHistory(String municipalityCode, String personId) {
    return jdbc.update("DELETE FROM ledger_dose_correction WHERE municipality_code = ? AND person_id = ?",
        municipalityCode, personId);
  }

  /** The corrections of a dose, oldest first, values opened; for the person's disclosure and the auditors. */
  @Transactional
  public List<DoseCorrection> history(String municipalityCode, long doseId) {
    List<DoseCorrection> history = jdbc.query("SELECT * FROM ledger_dose_correction WHERE municipality_code = ? AND dose_id = ?"
        + " ORDER BY id", this::opened, municipalityCode, doseId);
    accessLog.record(new AccessEntry(Actors.SYSTEM, municipalityCode, AccessAction.READ, SUBJECT, String.valueOf(doseId),
        null, null));
    return history;
  }

  static String justification(String effectKey) {
    String justification = "effect:" + effectKey;
    return justification.length() <= 255 ? justification : justification.substring(0, 255);
  }

  static void requireKey(String effectKey) {
    if (effectKey == null || effectKey.isBlank() || effectKey.length() > 200) {
      throw new IllegalArgumentException("an effect key of 1 to 200 characters is required");
    }
  }

  private Optional<DoseCorrection> byEffectKey(String effectKey) {
    return jdbc.query("SELECT * FROM ledger_dose_correction WHERE effect_key = ?", this::opened, effectKey).stream()
        .findFirst().map(first -> new DoseCorrection(first.correctionId(), first.doseId(), first.item(), first.oldValue(),
            first.newValue(), first.changed(), first.revokedCertificateIds(), first.correctedAt(), true));
  }

  private String personOfDose(String municipalityCode, long doseId) {
    return jdbc.queryForList("""
        SELECT d.person_id FROM ledger_dose d JOIN ledger_person p ON p.id = d.person_id
        WHERE d.id = ? AND p.municipality_code = ?""", String.class, doseId, municipalityCode).stream().findFirst()
        .orElseThrow(() -> new DoseCorrectionRefused(DoseCorrectionRefused.Reason.DOSE_NOT_FOUND,
            "the ledger of " + municipalityCode + " holds no dose " + doseId));
  }

  private void requireFreeDoseNumber(String personId, long doseId, int doseNumber) {
    Integer others = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_dose WHERE person_id = ? AND dose_number = ? AND id <> ?",
        Integer.class, personId, doseNumber, doseId);
    if (others != null && others > 0) {
      throw new DoseCorrectionRefused(DoseCorrectionRefused.Reason.DOSE_NUMBER_TAKEN,
          "another dose of the person has the DOSE_NUMBER asked for");
    }
  }

  private DoseCorrection opened(ResultSet rs, int row) throws SQLException {
    String municipality = rs.getString("municipality_code");
    return new DoseCorrection(rs.getLong("id"), rs.getLong("dose_id"), DoseItem.valueOf(rs.getString("item")),
        cipher.open(municipality, rs.getString("old_value_sealed")), cipher.open(municipality, rs.getString("new_value_sealed")),
        rs.getBoolean("changed"), certificateIds(rs.getString("revoked_certificate_ids")),
        rs.getTimestamp("corrected_at").toInstant(), false);
  }

  private static List<String> certificateIds(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }
}
