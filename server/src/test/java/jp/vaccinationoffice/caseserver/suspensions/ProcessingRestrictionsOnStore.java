package jp.vaccinationoffice.caseserver.suspensions;

import jp.vaccinationoffice.caseserver.corrections.LedgerFixtures;
import jp.vaccinationoffice.caseserver.support.CaseStore;

/** The server's restrictions service over a case store without the server. */
public final class ProcessingRestrictionsOnStore {

  private ProcessingRestrictionsOnStore() {}

  public static ProcessingRestrictions of(CaseStore store) {
    return new ProcessingRestrictions(store.jdbc, new LedgerErasure(store.jdbc, store.accessLog, store.clock, store.ledger,
        LedgerFixtures.corrections(store)),
        store.accessLog, store.clock);
  }
}
