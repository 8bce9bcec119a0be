package jp.vaccinationoffice.workers.gateway.vrs;

import java.util.List;

/** The answer to a records query; NOT_FOUND is a business outcome with no records. */
public record RecordsQueryResult(RecordsOutcome outcome, List<VaccinationRecord> records) {

  public RecordsQueryResult {
    records = records == null ? List.of() : List.copyOf(records);
  }

  public boolean found() {
    return outcome == RecordsOutcome.FOUND;
  }
}
