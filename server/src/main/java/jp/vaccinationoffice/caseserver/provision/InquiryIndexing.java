package jp.vaccinationoffice.caseserver.provision;

import jp.vaccinationoffice.caseserver.search.SearchOutbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Notes in the search outbox, in the caller's transaction, that an inquiry changed. */
@Component
class InquiryIndexing {

  private final JdbcTemplate jdbc;
  private final SearchOutbox outbox;

  InquiryIndexing(JdbcTemplate jdbc, SearchOutbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
  }

  void changed(String inquiryId) {
    for (String municipality : jdbc.queryForList("SELECT municipality_code FROM provision_inquiry WHERE id = ?",
        String.class, inquiryId)) {
      outbox.enqueue(ProvisionSearchDocuments.TYPE, municipality, inquiryId);
    }
  }
}
