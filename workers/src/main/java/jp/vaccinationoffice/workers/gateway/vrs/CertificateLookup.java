package jp.vaccinationoffice.workers.gateway.vrs;

import java.util.List;

/** The records for issuing a certificate; on NOT_FOUND there is no holder and no record. */
public record CertificateLookup(RecordsOutcome outcome, CertificateHolder holder, List<VaccinationRecord> records) {

  public CertificateLookup {
    records = records == null ? List.of() : List.copyOf(records);
  }

  public boolean found() {
    return outcome == RecordsOutcome.FOUND;
  }
}
