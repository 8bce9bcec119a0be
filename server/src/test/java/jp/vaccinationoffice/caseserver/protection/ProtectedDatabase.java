package jp.vaccinationoffice.caseserver.protection;

import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The case store's tables on a real database, without the engine: for tests that play several
 * servers, or servers stopped and started with other master keys, on one database.
 */
final class ProtectedDatabase {

  final DataSource dataSource;
  final JdbcTemplate jdbc;

  private ProtectedDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** Migrated by the server's own Flyway migrations, serving the given municipalities. */
  static ProtectedDatabase migrated(String url, String user, String password, String... municipalities) {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, password);
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    ProtectedDatabase database = new ProtectedDatabase(dataSource);
    for (String code : municipalities) {
      database.jdbc.update("INSERT INTO municipality (code, name, created_at) VALUES (?, ?, ?)", code, code,
          Timestamp.from(Instant.now()));
    }
    return database;
  }

  static ProtectedDatabase existing(String url, String user, String password) {
    return new ProtectedDatabase(new DriverManagerDataSource(url, user, password));
  }

  /** What one server holds: its key cache over this database, unwrapped by the given master key. */
  MunicipalityKeys keys(MasterKey masterKey) {
    return new MunicipalityKeys(jdbc, new DataSourceTransactionManager(dataSource), masterKey);
  }

  PersonalDataCipher cipher(MasterKey masterKey) {
    MunicipalityKeys keys = keys(masterKey);
    keys.unwrapAll();
    return new AesGcmPersonalDataCipher(keys);
  }
}
