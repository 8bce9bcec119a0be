package jp.vaccinationoffice.caseserver.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import jp.vaccinationoffice.caseserver.CaseServerApplication;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

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

  /** A new database with the case store's migrations applied, as the server applies them on PostgreSQL. */
  public static ScratchPostgresDatabase migrated(String purpose) {
    ScratchPostgresDatabase database = create(purpose);
    Flyway.configure().dataSource(database.dataSource())
        .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
    return database;
  }

  /** Connections to this database, one per use. */
  public DataSource dataSource() {
    return new DriverManagerDataSource(jdbcUrl(), USER, PASSWORD);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
  }

  public String name() {
    return name;
  }

  /** The whole case server (demo profile, test passwords) on this database, on a free port. */
  public ConfigurableApplicationContext startServer(String... moreArguments) {
    List<String> arguments = new ArrayList<>(List.of(
        "--server.port=0",
        "--spring.datasource.url=" + jdbcUrl(),
        "--spring.datasource.username=" + USER,
        "--spring.datasource.password=" + PASSWORD,
        "--DEMO_PASSWORD=" + CaseServerTest.DEMO_PASSWORD));
    arguments.addAll(List.of(moreArguments));
    return new SpringApplicationBuilder(CaseServerApplication.class).run(arguments.toArray(String[]::new));
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
