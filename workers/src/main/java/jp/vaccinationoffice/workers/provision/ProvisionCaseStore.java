package jp.vaccinationoffice.workers.provision;

import java.util.List;
import java.util.Optional;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionOutcome;
import jp.vaccinationoffice.workers.gateway.intermediate.ProvisionRecord;
import jp.vaccinationoffice.workers.gateway.vrs.VaccinationRecord;

/** What the records-provision workers read from and write to the case store, by inquiry id. */
public interface ProvisionCaseStore {

  ProvisionSubject subject(String inquiryId);

  /** Matches the inquiry against the city's ledger (突合); the ledger person's internal id when found. */
  Optional<String> matchLedgerPerson(String inquiryId);

  void supportMeasureChecked(String inquiryId, boolean protectionFlag);

  /** Whether a granted suspension request stopped the provision of the person's information (提供停止). */
  boolean provisionStopped(String inquiryId);

  /** The doses the ledger holds for the matched person: the only items that leave the office. */
  List<VaccinationRecord> recordsToProvide(String inquiryId);

  void answered(String inquiryId, ProvisionOutcome outcome);

  /** Writes the provision record (once per inquiry) and returns it for the intermediate server. */
  ProvisionRecord recordProvision(String inquiryId, ProvisionOutcome outcome);

  void sentToIntermediateServer(String inquiryId, String intermediateRecordId);
}
