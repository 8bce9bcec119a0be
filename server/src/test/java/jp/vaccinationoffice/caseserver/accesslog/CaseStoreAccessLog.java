package jp.vaccinationoffice.caseserver.accesslog;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The server's hash-chained access log over a case store without the server. */
public final class CaseStoreAccessLog {

  private CaseStoreAccessLog() {}

  public static AccessLog on(DataSource dataSource, PlatformTransactionManager transactions) {
    return new HashChainedAccessLog(new JdbcTemplate(dataSource), transactions, dataSource);
  }
}
