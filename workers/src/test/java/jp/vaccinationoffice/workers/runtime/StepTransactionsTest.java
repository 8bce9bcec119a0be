package jp.vaccinationoffice.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class StepTransactionsTest {

  JdbcTemplate jdbc;
  StepTransactions steps;

  @BeforeEach
  void database() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:step-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("CREATE TABLE effect (name VARCHAR(20))");
    steps = new StepTransactions(new DataSourceTransactionManager(dataSource));
  }

  @Test
  void aStepThatEndsNormallyCommitsItsWrites() throws Exception {
    steps.inStep(() -> write("a"));

    assertThat(effects()).containsExactly("a");
  }

  @Test
  void aStepThatDiesLeavesNothing() {
    assertThatThrownBy(() -> steps.inStep(() -> {
      write("a");
      throw new IllegalStateException("killed");
    })).hasMessage("killed");

    assertThat(effects()).isEmpty();
  }

  @Test
  void aRemoteCallRunsWithoutATransactionAfterWhatTheStepWroteBeforeItIsCommitted() {
    assertThatThrownBy(() -> steps.inStep(() -> {
      write("before-call");
      boolean inTransaction = steps.outside(() -> {
        // another connection sees the write: it is committed before the call is sent
        assertThat(effects()).containsExactly("before-call");
        return TransactionSynchronizationManager.isActualTransactionActive();
      });
      assertThat(inTransaction).isFalse();
      write("after-call");
      throw new IllegalStateException("killed after the call");
    })).hasMessage("killed after the call");

    assertThat(effects()).containsExactly("before-call");
  }

  @Test
  void outsideAStepACallJustRuns() {
    assertThat(steps.outside(() -> "answer")).isEqualTo("answer");
    assertThat(StepTransactions.NONE.outside(() -> "answer")).isEqualTo("answer");
  }

  private void write(String name) {
    jdbc.update("INSERT INTO effect (name) VALUES (?)", name);
  }

  private List<String> effects() {
    return jdbc.queryForList("SELECT name FROM effect ORDER BY name", String.class);
  }
}
