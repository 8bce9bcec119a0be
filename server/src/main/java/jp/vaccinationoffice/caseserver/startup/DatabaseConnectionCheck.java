package jp.vaccinationoffice.caseserver.startup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Tries the configured database once, before the pool, Flyway and the engine do, so that a missing
 * or unreachable database gives one clear start-up error rather than a stack of them.
 */
@Component
class DatabaseConnectionCheck implements BeanPostProcessor {

  private static final int LOGIN_TIMEOUT_SECONDS = 10;

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
      check(properties.determineUrl(), properties.determineUsername(), properties.determinePassword());
    }
    return bean;
  }

  private static void check(String url, String username, String password) {
    Properties credentials = new Properties();
    if (username != null) {
      credentials.setProperty("user", username);
    }
    if (password != null) {
      credentials.setProperty("password", password);
    }
    DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
    try (Connection ignored = DriverManager.getConnection(url, credentials)) {
      // reachable
    } catch (SQLException e) {
      throw new StartupRefusedException(
          "Cannot connect to the database at " + withoutCredentials(url) + ": " + e.getMessage(),
          "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and"
              + " that the database exists and accepts connections. Unset SPRING_DATASOURCE_URL to use"
              + " the embedded H2 database under ./data/.");
    }
  }

  private static String withoutCredentials(String url) {
    return url.replaceAll("(?i)(password|user)=[^&;]*", "$1=***");
  }
}
