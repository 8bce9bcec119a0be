package jp.vaccinationoffice.caseserver.certificates;

import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.search.SearchOutbox;
import jp.vaccinationoffice.caseserver.support.CaseStore;

/** The server's certificate revocations over a case store without the server. */
public final class CertificateRevocationsOnStore {

  private CertificateRevocationsOnStore() {}

  public static CertificateRevocations of(CaseStore store) {
    return new CertificateRevocations(store.jdbc, new CaseJournal(store.jdbc, store.clock, SearchOutbox.withoutSearch(store.jdbc, store.clock)), store.accessLog, store.clock);
  }
}
