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

  /** Corrects the ledger dose of each item the decision grants; a refused item changes nothing. */
  CorrectionOutcome correctLedger(String requestId, String effectKey) {
    RequestStore.Row row = store.get(requestId);
    List<CorrectionItem> items = documents.correction(row).records();
    List<Integer> granted = store.parts(requestId).stream().filter(DecisionDraft.Part::granted)
        .map(part -> Integer.parseInt(part.part())).sorted().toList();
    List<Long> doseIds = new ArrayList<>();
    for (int itemNo : granted) {
      Optional<Long> doseId = doseId(row, Integer.parseInt(items.get(itemNo - 1).reference()));
      if (doseId.isEmpty()) {
        return new CorrectionOutcome(false, "the ledger holds no dose " + items.get(itemNo - 1).reference());
      }
      doseIds.add(doseId.get());
    }
    for (int i = 0; i < granted.size(); i++) {
      int itemNo = granted.get(i);
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
    store.step(requestId, "LEDGER_CORRECTED", Actors.SYSTEM, "items " + granted);
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

  /** Applies each measure the decision grants, in the order use, provision, erasure; a refused measure is not applied. */
  void applyRestriction(String requestId, String effectKey) {
    RequestStore.Row row = store.get(requestId);
    List<String> granted = store.parts(requestId).stream().filter(DecisionDraft.Part::granted)
        .map(DecisionDraft.Part::part).toList();
    for (Measure measure : List.of(Measure.STOP_USE, Measure.STOP_PROVISION, Measure.ERASE)) {
      if (granted.contains(measure.name())) {
        Restriction restriction = restrictions.apply(row.municipalityCode(), row.subjectIndex(), measure, requestId,
            effectKey + ":" + measure.name());
        store.step(requestId, "RESTRICTION_APPLIED", Actors.SYSTEM, restriction.measure().name());
      }
    }
  }

  private Optional<Long> doseId(RequestStore.Row row, int doseNumber) {
    return jdbc.queryForList("""
        SELECT d.id FROM ledger_dose d JOIN ledger_person p ON p.id = d.person_id
        WHERE p.municipality_code = ? AND p.my_number_index = ? AND d.dose_number = ?""", Long.class,
        row.municipalityCode(), row.subjectIndex(), doseNumber).stream().findFirst();
  }
}
