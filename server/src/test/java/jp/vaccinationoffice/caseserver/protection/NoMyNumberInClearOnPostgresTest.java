package jp.vaccinationoffice.caseserver.protection;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import jp.vaccinationoffice.caseserver.support.RawDatabaseScan;
import jp.vaccinationoffice.caseserver.support.RawDatabaseScan.Finding;
import jp.vaccinationoffice.caseserver.support.RawDatabaseScan.Report;
import jp.vaccinationoffice.caseserver.support.ScratchPostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The server on PostgreSQL: a sealed My Number is nowhere in clear, the engine's tables included. */
class NoMyNumberInClearOnPostgresTest {

  private static final String HOFU = "352063";
  private static final String MY_NUMBER = "123456789018";

  @Test
  void aSealedMyNumberIsNowhereInClearAndAClearOneIsFound() {
    try (ScratchPostgresDatabase database = ScratchPostgresDatabase.create("protection_scan_test");
        ConfigurableApplicationContext server = database.startServer()) {
      PersonalDataCipher cipher = server.getBean(PersonalDataCipher.class);
      JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
      jdbc.execute("CREATE TABLE protection_probe (id INT PRIMARY KEY, my_number TEXT, my_number_index TEXT)");
      String token = cipher.seal(HOFU, MY_NUMBER);
      jdbc.update("INSERT INTO protection_probe VALUES (1, ?, ?)", token, cipher.index(HOFU, MY_NUMBER));
      assertThat(cipher.open(HOFU, jdbc.queryForObject("SELECT my_number FROM protection_probe", String.class)))
          .isEqualTo(MY_NUMBER);

      Report report = RawDatabaseScan.scan(server.getBean(DataSource.class));
      assertThat(report.tables()).contains("public.protection_probe", "public.municipality_key",
          "public.flyway_schema_history", "public.act_ge_bytearray", "public.act_ru_execution",
          "public.act_hi_procinst", "public.act_id_user");
      assertThat(report.findings()).isEmpty();

      jdbc.execute("CREATE TABLE scratch_clear (note TEXT)");
      jdbc.update("INSERT INTO scratch_clear VALUES (?)", "clear: " + MY_NUMBER);
      assertThat(RawDatabaseScan.findMyNumbers(server.getBean(DataSource.class)))
          .containsExactly(new Finding("public.scratch_clear", "note", "********9018"));
    }
  }
}
