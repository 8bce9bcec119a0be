package jp.vaccinationoffice.caseserver.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import javax.sql.DataSource;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.RawDatabaseScan;
import jp.vaccinationoffice.caseserver.support.ScratchPostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The production path of a ledger import: PostgreSQL, in a database made for this test. */
class LedgerImportOnPostgresTest {

  @Test
  void aFileIsImportedOnceRejectedFilesLeaveNothingAndNoMyNumberIsInClear() throws Exception {
    try (ScratchPostgresDatabase database = ScratchPostgresDatabase.create("ledger_import_test");
        ConfigurableApplicationContext server = database.startServer("--ledger.import.lines-per-batch=500")) {
      JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
      LedgerImportClient client = new LedgerImportClient(
          server.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
      byte[] file = new LedgerExportFile().persons(1, 2_000, 3).windows31j();

      JsonNode first = client.importFile(file);
      assertThat(first.get("status").asText()).as(first.toString()).isEqualTo("COMPLETED");
      assertThat(first.get("dosesAdded").asInt()).isEqualTo(6_000);
      assertThat(count(jdbc, "ledger_person")).isEqualTo(2_000);
      assertThat(count(jdbc, "ledger_dose")).isEqualTo(6_000);

      JsonNode again = client.importFile(file);
      assertThat(again.get("status").asText()).isEqualTo("COMPLETED");
      assertThat(again.get("dosesUnchanged").asInt()).isEqualTo(6_000);
      assertThat(count(jdbc, "ledger_dose")).isEqualTo(6_000);

      byte[] conflicting = new LedgerExportFile().persons(3_001, 10, 1)
          .add(LedgerExportFile.line(5, 2).replace("FA1002", "FA0000")).utf8();
      JsonNode rejected = client.importFile(conflicting);
      assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
      assertThat(rejected.get("errors").get(0).get("line").asInt()).isEqualTo(12);
      assertThat(rejected.get("errors").get(0).get("message").asText()).contains("the ledger holds dose 2");
      assertThat(count(jdbc, "ledger_person")).isEqualTo(2_000);

      assertThat(RawDatabaseScan.findMyNumbers(server.getBean(DataSource.class))).isEmpty();
    }
  }

  private static int count(JdbcTemplate jdbc, String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }
}
