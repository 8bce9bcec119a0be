package jp.vaccinationoffice.caseserver.personalinfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import jp.vaccinationoffice.caseserver.certificates.CertificateRevocations;
import jp.vaccinationoffice.caseserver.corrections.CorrectionNoticeReceipt;
import jp.vaccinationoffice.caseserver.corrections.CorrectionNotices;
import jp.vaccinationoffice.caseserver.corrections.DoseCorrection;
import jp.vaccinationoffice.caseserver.corrections.DoseCorrectionRefused;
import jp.vaccinationoffice.caseserver.corrections.DoseItem;
import jp.vaccinationoffice.caseserver.corrections.LedgerCorrections;
import jp.vaccinationoffice.caseserver.modeleffects.Actors;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.CorrectionItem;
import jp.vaccinationoffice.caseserver.suspensions.Measure;
import jp.vaccinationoffice.caseserver.suspensions.ProcessingRestrictions;
import jp.vaccinationoffice.caseserver.suspensions.Restriction;
import jp.vaccinationoffice.workers.personalinfo.PersonalInformationRequestSteps.CorrectionOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The effects of a granted correction or suspension, made through the ledger's corrections, the
 * certificates' revocation, the correction notices and the processing restrictions: each once per
 * effect key (revoking again revokes nothing more).
 */
@Component
class RequestEffects {

  private final RequestStore store;
  private final RequestDocuments documents;
  private final LedgerCorrections corrections;
  private final CorrectionNotices notices;
  private final ProcessingRestrictions restrictions;
  private final CertificateRevocations revocations;
  private final JdbcTemplate jdbc;

  RequestEffects(RequestStore store, RequestDocuments documents, LedgerCorrections corrections,
      CorrectionNotices notices, ProcessingRestrictions restrictions, CertificateRevocations revocations,
      JdbcTemplate jdbc) {
    this.revocations = revocations;
    this.store = store;
    this.documents = documents;
    this.corrections = corrections;
    this.notices = notices;
    this.restrictions = restrictions;
    this.jdbc = jdbc;
  }

  CorrectionOutcome correctLedger(String requestId, String grantedItems, String effectKey) {
    RequestStore.Row row = store.get(requestId);
    List<CorrectionItem> items = documents.correction(row).records();
    Optional<List<Integer>> granted = granted(row.decision(), grantedItems, items.size());
    if (granted.isEmpty()) {
      return new CorrectionOutcome(false, "the granted items name none of the request's items");
    }
    List<Long> doseIds = new ArrayList<>();
    for (int itemNo : granted.get()) {
      Optional<Long> doseId = doseId(row, Integer.parseInt(items.get(itemNo - 1).reference()));
      if (doseId.isEmpty()) {
        return new CorrectionOutcome(false, "the ledger holds no dose " + items.get(itemNo - 1).reference());
      }
      doseIds.add(doseId.get());
    }
    store.granted(requestId, grantedItems == null ? null : String.join(",", granted.get().stream()
        .map(String::valueOf).toList()));
    for (int i = 0; i < granted.get().size(); i++) {
      int itemNo = granted.get().get(i);
      CorrectionItem item = items.get(itemNo - 1);
      try {
        DoseCorrection done = corrections.correctDose(row.municipalityCode(), doseIds.get(i),
            DoseItem.valueOf(item.item()), item.requestedValue(), effectKey + ":" + itemNo);
        jdbc.update("DELETE FROM pi_request_correction WHERE request_id = ? AND item_no = ?", requestId, itemNo);
        jdbc.update("""
            INSERT INTO pi_request_correction (request_id, item_no, dose_id, correction_id, changed)
            VALUES (?, ?, ?, ?, ?)""", requestId, itemNo, done.doseId(), done.correctionId(), done.changed());
      } catch (DoseCorrectionRefused e) {
        return new CorrectionOutcome(false, "item " + itemNo + ": " + e.getMessage());
      }
    }
    store.step(requestId, "LEDGER_CORRECTED", Actors.SYSTEM, granted.get().size() + " items");
    return new CorrectionOutcome(true, null);
  }

  /** Certificates that certify a dose the correction changed no longer hold (the certificates' own revocation). */
  void revokeCertificates(String requestId, String effectKey) {
    RequestStore.Row row = store.get(requestId);
    List<Long> changed = jdbc.queryForList("SELECT dose_id FROM pi_request_correction WHERE request_id = ? AND changed"
        + " ORDER BY item_no", Long.class, requestId);
    List<String> revoked = revocations.revokeForDoses(row.municipalityCode(), changed, "訂正請求による接種記録の訂正");
    store.step(requestId, "CERTIFICATES_REVOKED", Actors.SYSTEM, revoked.size() + " certificates");
  }

  void notifyCorrection(String requestId, String effectKey) {
    RequestStore.Row row = store.get(requestId);
    List<long[]> made = jdbc.query("SELECT item_no, correction_id FROM pi_request_correction WHERE request_id = ?"
        + " ORDER BY item_no", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, requestId);
    TreeSet<String> recipients = new TreeSet<>();
    for (long[] correction : made) {
      CorrectionNoticeReceipt receipt = notices.notifyCorrection(row.municipalityCode(), correction[1],
          effectKey + ":" + correction[0]);
      recipients.addAll(receipt.notifiedMunicipalities());
    }
    store.step(requestId, "CORRECTION_NOTIFIED", Actors.SYSTEM, "VRS and " + recipients.size() + " recipients");
  }

  void applyRestriction(String requestId, String effectKey) {
    RequestStore.Row row = store.get(requestId);
    Restriction restriction = restrictions.apply(row.municipalityCode(), row.subjectIndex(),
        Measure.valueOf(row.suspensionMeasure()), requestId, effectKey);
    store.step(requestId, "RESTRICTION_APPLIED", Actors.SYSTEM, restriction.measure().name());
  }

  /** The item numbers granted: all for GRANTED, those listed for PARTLY_GRANTED (each must be one of the request's). */
  static Optional<List<Integer>> granted(String decision, String grantedItems, int itemCount) {
    if ("GRANTED".equals(decision)) {
      List<Integer> all = new ArrayList<>();
      for (int i = 1; i <= itemCount; i++) {
        all.add(i);
      }
      return Optional.of(all);
    }
    if (grantedItems == null || grantedItems.isBlank()) {
      return Optional.empty();
    }
    TreeSet<Integer> numbers = new TreeSet<>();
    for (String number : grantedItems.split(",")) {
      int itemNo = Integer.parseInt(number.strip());
      if (itemNo < 1 || itemNo > itemCount) {
        return Optional.empty();
      }
      numbers.add(itemNo);
    }
    return Optional.of(List.copyOf(numbers));
  }

  private Optional<Long> doseId(RequestStore.Row row, int doseNumber) {
    return jdbc.queryForList("""
        SELECT d.id FROM ledger_dose d JOIN ledger_person p ON p.id = d.person_id
        WHERE p.municipality_code = ? AND p.my_number_index = ? AND d.dose_number = ?""", Long.class,
        row.municipalityCode(), row.subjectIndex(), doseNumber).stream().findFirst();
  }
}
