package jp.vaccinationoffice.caseserver.movein;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import jp.vaccinationoffice.caseserver.support.ScratchPostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ticket numbers on PostgreSQL, where a failed statement aborts the whole transaction: the first
 * ticket of a municipality, wanted by several step transactions at once, must not abort any of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketNumbersOnPostgresTest {

  ScratchPostgresDatabase database;
  JdbcTemplate jdbc;
  DataSourceTransactionManager transactions;
  TicketNumbers ticketNumbers;

  @BeforeAll
  void migrate() throws Exception {
    database = ScratchPostgresDatabase.migrated("ticket_numbers_test");
    DataSource dataSource = database.dataSource();
    jdbc = new JdbcTemplate(dataSource);
    transactions = new DataSourceTransactionManager(dataSource);
    ticketNumbers = new TicketNumbers(jdbc, transactions);
  }

  @AfterAll
  void drop() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void stepTransactionsRacingForAMunicipalitysFirstTicketAllCommitWithDistinctNumbers() throws Exception {
    int steps = 8;
    CyclicBarrier together = new CyclicBarrier(steps);
    ExecutorService pool = Executors.newFixedThreadPool(steps);
    try {
      List<Future<String>> issued = new ArrayList<>();
      for (int i = 0; i < steps; i++) {
        issued.add(pool.submit(() -> new TransactionTemplate(transactions).execute(status -> {
          awaitOthers(together);
          String number = ticketNumbers.next("352039");
          // the step goes on writing in the same transaction after its ticket number
          jdbc.queryForObject("SELECT count(*) FROM ticket_number_sequence", Long.class);
          return number;
        })));
      }
      List<String> numbers = new ArrayList<>();
      for (Future<String> number : issued) {
        numbers.add(number.get(60, TimeUnit.SECONDS));
      }
      assertThat(numbers).doesNotHaveDuplicates()
          .containsExactlyInAnyOrder("3520300001", "3520300002", "3520300003", "3520300004",
              "3520300005", "3520300006", "3520300007", "3520300008");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRolledBackStepGivesItsNumberBack() {
    new TransactionTemplate(transactions).executeWithoutResult(status -> ticketNumbers.next("352047"));
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      ticketNumbers.next("352047");
      status.setRollbackOnly();
    });
    String next = new TransactionTemplate(transactions).execute(status -> ticketNumbers.next("352047"));
    assertThat(next).isEqualTo("3520400002");
  }

  private static void awaitOthers(CyclicBarrier together) {
    try {
      together.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
