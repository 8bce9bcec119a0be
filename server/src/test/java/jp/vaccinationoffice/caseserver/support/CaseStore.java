package jp.vaccinationoffice.caseserver.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.accesslog.CaseStoreAccessLog;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.ledger.LedgerBulkWriter;
import jp.vaccinationoffice.caseserver.protection.CaseStoreCipher;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.search.SearchOutbox;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case store's tables, migrated by the shipped Flyway migrations, with the server's cipher,
 * access log and ledger over them: for testing case-store services without an engine or a server.
 */
public final class CaseStore implements AutoCloseable {

  public final DataSource dataSource;
  public final JdbcTemplate jdbc;
  public final TransactionTemplate transactions;
  public final DataSourceTransactionManager transactionManager;
  public final PersonalDataCipher cipher;
  public final AccessLog accessLog;
  public final Clock clock = Clock.systemDefaultZone();
  public final Ledger ledger;
  private final Runnable onClose;

  private CaseStore(DataSource dataSource, Runnable onClose, String... municipalities) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
    for (String code : municipalities) {
      jdbc.update("INSERT INTO municipality (code, name, created_at) VALUES (?, ?, ?)", code, code, Timestamp.from(Instant.now()));
    }
    this.transactionManager = new DataSourceTransactionManager(dataSource);
    this.transactions = new TransactionTemplate(transactionManager);
    this.cipher = CaseStoreCipher.on(dataSource);
    this.accessLog = CaseStoreAccessLog.on(dataSource, transactionManager);
    this.ledger = new Ledger(jdbc, cipher, new CaseJournal(jdbc, clock, SearchOutbox.withoutSearch(jdbc, clock)), new LedgerBulkWriter(jdbc, cipher));
    this.onClose = onClose;
  }

  /** A private in-memory H2 database. */
  public static CaseStore h2(String... municipalities) {
    String url = "jdbc:h2:mem:case-store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
    return new CaseStore(dataSource, () -> new JdbcTemplate(dataSource).execute("SHUTDOWN"), municipalities);
  }

  /** A PostgreSQL database created for the test and dropped on close. */
  public static CaseStore postgres(String purpose, String... municipalities) {
    ScratchPostgresDatabase database = ScratchPostgresDatabase.create(purpose);
    try {
      return new CaseStore(new DriverManagerDataSource(database.jdbcUrl(), ScratchPostgresDatabase.USER,
          ScratchPostgresDatabase.PASSWORD), database::close, municipalities);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** Runs the work in one transaction, as a worker step's caller does. */
  public <T> T inTransaction(Supplier<T> work) {
    return transactions.execute(status -> work.get());
  }

  public int count(String sql, Object... arguments) {
    Integer count = jdbc.queryForObject(sql, Integer.class, arguments);
    return count == null ? 0 : count;
  }

  @Override
  public void close() {
    onClose.run();
  }
}
