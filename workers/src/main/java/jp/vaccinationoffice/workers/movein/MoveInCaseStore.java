package jp.vaccinationoffice.workers.movein;

import java.util.List;
import jp.vaccinationoffice.workers.gateway.vrs.VaccinationRecord;

/**
 * What the move-in workers read from and write to the case store. Process variables carry only the
 * case id; the resident's data, My Number included, is read here each time it is needed.
 */
public interface MoveInCaseStore {

  MoveInSubject subject(String caseId);

  void residentConfirmed(String caseId, String addresseeNumber, boolean protectionFlag);

  void residentNotConfirmed(String caseId, String reason);

  /**
   * Marks the consent as used and the case as querying VRS, atomically; false when the consent was
   * withdrawn (or never confirmed), in which case VRS must not be asked.
   */
  boolean beginQuery(String caseId);

  void recordsFound(String caseId, List<VaccinationRecord> records);

  void recordsNotFound(String caseId, String queriedMunicipalityCode);

  /** The ticket number issued for the case; issued on first call, the same one afterwards. */
  String issueTicket(String caseId);

  /** Adds the case's records to the city's ledger; idempotent. */
  void addRecordsToLedger(String caseId);

  /** Records the notice to the resident of the issued ticket; idempotent. */
  void recordTicketNotice(String caseId);

  /**
   * Takes the previous municipality code a clerk corrected for the next query; false, changing
   * nothing, when the code names no municipality or this one.
   */
  boolean correctPreviousMunicipality(String caseId, String municipalityCode);
}
