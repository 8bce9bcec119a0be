package jp.vaccinationoffice.caseserver.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A PostgreSQL database created for one test on the machine's server (127.0.0.1:5432, user postgres
 * unless PGUSER/PGPASSWORD say otherwise) and dropped when closed.
 */
public final class ScratchPostgresDatabase implements AutoCloseable {

  private static final String HOST = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
  private static final String PORT = System.getenv().getOrDefault("PGPORT", "5432");
  public static final String USER = System.getenv().getOrDefault("PGUSER", "postgres");
  public static final String PASSWORD = System.getenv().getOrDefault("PGPASSWORD", "");

  private final String name;

  private ScratchPostgresDatabase(String name) {
    this.name = name;
  }

  public static ScratchPostgresDatabase create(String purpose) {
    String name = purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    return new ScratchPostgresDatabase(name);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
  }

  public String name() {
    return name;
  }

  @Override
  public void close() {
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void execute(String sql) {
    String adminUrl = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
    try (Connection connection = DriverManager.getConnection(adminUrl, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + adminUrl + " refused: " + sql, e);
    }
  }
}
