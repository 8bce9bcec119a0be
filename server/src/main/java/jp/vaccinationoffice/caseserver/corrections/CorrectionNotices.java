package jp.vaccinationoffice.caseserver.corrections;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.modeleffects.Actors;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.vrs.CorrectionReceipt;
import jp.vaccinationoffice.workers.gateway.vrs.DoseCorrection;
import jp.vaccinationoffice.workers.gateway.vrs.VrsGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Tells VRS of a dose correction and, through VRS, every municipality this person's records were
 * provided to (the provision records with outcome PROVIDED): the recipients of information that
 * was corrected are notified (個人情報保護法第97条). Each notice is recorded, one row per recipient.
 *
 * <p>Once per effect key: recorded notices are answered again without a call. The VRS call carries
 * an idempotency key derived from the correction and the effect key, so a step that died after the
 * call gets VRS's first answer back. The writes join the caller's transaction; when the caller is a
 * worker step, the call sits between two of its transactions, as every national-system call does.
 * A VRS that does not hold the dose refuses the call
 * ({@link jp.vaccinationoffice.workers.gateway.NationalSystemRejectedException}, 404).
 */
@Service
public class CorrectionNotices {

  static final String VRS = "VRS";
  static final String ACTIVITY = "correction-notice";

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final VrsGateway vrs;
  private final AccessLog accessLog;
  private final Clock clock;

  public CorrectionNotices(JdbcTemplate jdbc, PersonalDataCipher cipher, VrsGateway vrs, AccessLog accessLog, Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.vrs = vrs;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /** Sends correction {@code correctionId} (of {@link LedgerCorrections}) to VRS and its recipients. */
  public CorrectionNoticeReceipt notifyCorrection(String municipalityCode, long correctionId, String effectKey) {
    LedgerCorrections.requireKey(effectKey);
    List<Map<String, Object>> recorded = jdbc.queryForList(
        "SELECT recipient, vrs_correction_id FROM correction_notice WHERE effect_key = ? ORDER BY id", effectKey);
    if (!recorded.isEmpty()) {
      return new CorrectionNoticeReceipt((String) recorded.get(0).get("vrs_correction_id"), recorded.stream()
          .map(row -> (String) row.get("recipient")).filter(recipient -> !VRS.equals(recipient)).toList(), true);
    }
    Map<String, Object> correction = correction(municipalityCode, correctionId);
    if (!Boolean.TRUE.equals(correction.get("changed"))) {
      return new CorrectionNoticeReceipt(null, List.of(), false);
    }
    String personId = (String) correction.get("person_id");
    List<MunicipalityCode> recipients = recipients(municipalityCode, personId);
    DoseItem item = DoseItem.valueOf((String) correction.get("item"));
    MyNumber myNumber = MyNumber.parse(cipher.open(municipalityCode, jdbc.queryForObject(
        "SELECT my_number_sealed FROM ledger_person WHERE id = ?", String.class, personId)));
    CorrectionReceipt receipt = vrs.correctDose(new CallScope("correction-" + correctionId, ACTIVITY, effectKey),
        MunicipalityCode.parse(municipalityCode), myNumber, new DoseCorrection(((Number) correction.get("dose_number")).intValue(),
            item.vrsItem(), cipher.open(municipalityCode, (String) correction.get("new_value_sealed")), recipients));
    record(effectKey, correctionId, municipalityCode, receipt);
    accessLog.record(new AccessEntry(Actors.SYSTEM, municipalityCode, AccessAction.EXPORT, LedgerCorrections.SUBJECT,
        String.valueOf(correction.get("dose_id")), LedgerCorrections.justification(effectKey), null));
    return new CorrectionNoticeReceipt(receipt.correctionId(),
        receipt.notices().stream().map(CorrectionReceipt.Notice::municipalityCode).toList(), false);
  }

  /** The notices recorded for a correction, in the order they were sent. */
  public List<RecordedNotice> notices(String municipalityCode, long correctionId) {
    return jdbc.query("""
        SELECT recipient, vrs_correction_id, vrs_notice_id, sent_at FROM correction_notice
        WHERE municipality_code = ? AND correction_id = ? ORDER BY id""",
        (rs, row) -> new RecordedNotice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
        municipalityCode, correctionId);
  }

  /** One notice as recorded: the recipient ({@code VRS} or a municipality code) and VRS's ids. */
  public record RecordedNotice(String recipient, String vrsCorrectionId, String vrsNoticeId, java.time.Instant sentAt) {}

  private Map<String, Object> correction(String municipalityCode, long correctionId) {
    return jdbc.queryForList("SELECT * FROM ledger_dose_correction WHERE id = ? AND municipality_code = ?", correctionId,
        municipalityCode).stream().findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no correction " + correctionId + " in municipality " + municipalityCode));
  }

  private List<MunicipalityCode> recipients(String municipalityCode, String personId) {
    return jdbc.queryForList("""
        SELECT DISTINCT requesting_municipality_code FROM provision_record
        WHERE municipality_code = ? AND ledger_person_id = ? AND outcome = 'PROVIDED'
        ORDER BY requesting_municipality_code""", String.class, municipalityCode, personId)
        .stream().map(MunicipalityCode::parse).toList();
  }

  private void record(String effectKey, long correctionId, String municipalityCode, CorrectionReceipt receipt) {
    Timestamp now = Timestamp.from(clock.instant());
    String insert = """
        INSERT INTO correction_notice (effect_key, correction_id, municipality_code, recipient, vrs_correction_id,
            vrs_notice_id, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)""";
    jdbc.update(insert, effectKey, correctionId, municipalityCode, VRS, receipt.correctionId(), null, now);
    for (CorrectionReceipt.Notice notice : receipt.notices()) {
      jdbc.update(insert, effectKey, correctionId, municipalityCode, notice.municipalityCode(), receipt.correctionId(),
          notice.noticeId(), now);
    }
  }
}
