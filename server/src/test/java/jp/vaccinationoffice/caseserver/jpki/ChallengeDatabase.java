package jp.vaccinationoffice.caseserver.jpki;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A private in-memory H2 database migrated by the server's migrations, serving 防府市 and 宇部市. */
final class ChallengeDatabase {

  static JdbcTemplate migrated() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:jpki-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    for (String code : new String[] {"352063", "352021"}) {
      jdbc.update("INSERT INTO municipality (code, name, created_at) VALUES (?, ?, ?)", code, code, Timestamp.from(Instant.now()));
    }
    return jdbc;
  }

  private ChallengeDatabase() {}
}
