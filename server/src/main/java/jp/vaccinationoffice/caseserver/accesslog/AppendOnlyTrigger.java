package jp.vaccinationoffice.caseserver.accesslog;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of the append-only rule (PostgreSQL has a PL/pgSQL trigger): named by the migration
 * {@code db/vendor/h2/V4_1__access_log_append_only.sql}, it refuses every UPDATE and DELETE.
 */
public class AppendOnlyTrigger implements Trigger {

  private String tableName = "access_log";

  @Override
  public void init(Connection connection, String schemaName, String triggerName, String tableName,
      boolean before, int type) {
    this.tableName = tableName;
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    // SQLSTATE 42501: insufficient privilege, as PostgreSQL's trigger reports it
    throw new SQLException(tableName + " is append-only: change refused", "42501");
  }
}
