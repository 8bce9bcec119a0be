package jp.vaccinationoffice.caseserver.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.provision.ProvisionRecordSearch.ProvisionRecordView;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class ProvisionRecordSearchTest {

  private static final StaffPrincipal AUDITOR = new StaffPrincipal("auditor", "352063", Set.of("auditors"));

  private final List<AccessEntry> logged = new ArrayList<>();
  private TimeZone serverZone;
  private JdbcTemplate jdbc;
  private ProvisionRecordSearch search;

  @BeforeEach
  void aServerRunningOnUtc() {
    serverZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:provision-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("""
        CREATE TABLE provision_record (
            id VARCHAR(36) PRIMARY KEY, inquiry_id VARCHAR(64) NOT NULL, municipality_code VARCHAR(6) NOT NULL,
            requesting_municipality_code VARCHAR(6) NOT NULL, ledger_person_id VARCHAR(36), outcome VARCHAR(20) NOT NULL,
            items_provided VARCHAR(300) NOT NULL, legal_basis VARCHAR(100) NOT NULL, decision_key VARCHAR(100) NOT NULL,
            decision_version INTEGER NOT NULL, approver VARCHAR(64), recorded_at TIMESTAMP NOT NULL,
            intermediate_record_id VARCHAR(64))""");
    search = new ProvisionRecordSearch(jdbc, logged::add);
  }

  @AfterEach
  void restoreTheZone() {
    TimeZone.setDefault(serverZone);
  }

  @Test
  void aDayIsTheOfficesDayInJapanWhateverZoneTheServerRunsIn() {
    provided("before", "2026-12-05T14:59:00Z"); // 5 December, 23:59 in Japan
    provided("early", "2026-12-05T15:30:00Z"); // 6 December, 00:30 in Japan
    provided("late", "2026-12-06T14:30:00Z"); // 6 December, 23:30 in Japan
    provided("after", "2026-12-06T15:00:00Z"); // 7 December, 00:00 in Japan

    List<ProvisionRecordView> found = search.list(AUDITOR, null, null, LocalDate.of(2026, 12, 6),
        LocalDate.of(2026, 12, 6), "127.0.0.1");

    assertThat(found).extracting(ProvisionRecordView::inquiryId).containsExactly("late", "early");
    assertThat(logged).hasSize(1);
  }

  @Test
  void atMostFiveHundredRecordsNewestFirst() {
    Instant first = Instant.parse("2026-11-01T00:00:00Z");
    for (int i = 0; i < 502; i++) {
      provided("inquiry-" + i, first.plusSeconds(60L * i).toString());
    }

    List<ProvisionRecordView> found = search.list(AUDITOR, null, null, null, null, "127.0.0.1");

    assertThat(found).hasSize(500);
    assertThat(found.get(0).inquiryId()).isEqualTo("inquiry-501");
    assertThat(found.get(499).inquiryId()).isEqualTo("inquiry-2");
  }

  private void provided(String inquiryId, String recordedAt) {
    jdbc.update("INSERT INTO provision_record (id, inquiry_id, municipality_code, requesting_municipality_code,"
            + " ledger_person_id, outcome, items_provided, legal_basis, decision_key, decision_version, recorded_at)"
            + " VALUES (?, ?, '352063', '352021', 'person-1', 'PROVIDED', 'DOSES', '番号法第19条第8号',"
            + " 'provision-permitted', 1, ?)",
        inquiryId, inquiryId, Timestamp.from(Instant.parse(recordedAt)));
  }
}
