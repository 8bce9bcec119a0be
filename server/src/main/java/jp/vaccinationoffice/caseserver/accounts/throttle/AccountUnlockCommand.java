package jp.vaccinationoffice.caseserver.accounts.throttle;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar case-server.jar --accounts.unlock=<userId>}: the break-glass for a locked-out last
 * administrator. Lifts the account's sign-in pause and lock (the throttle's, and the engine's own of
 * an account locked before the throttle existed), writes an {@code UNLOCK} row to the access log,
 * prints what it did and exits 0; exits 1 with a message when the account does not exist or the
 * database cannot be reached. It starts neither the engine nor the web server and reads the same
 * configuration as the server (profile, database). Whoever can run it can read the database
 * anyway; the access-log row names the operating-system user who ran it.
 */
public final class AccountUnlockCommand {

  public static final String OPTION = "--accounts.unlock";

  private AccountUnlockCommand() {}

  public static boolean isRequested(String[] args) {
    return Arrays.stream(args).anyMatch(arg -> arg.equals(OPTION) || arg.startsWith(OPTION + "="));
  }

  /** Runs the unlock with the server's arguments; the exit status. */
  public static int run(String... args) {
    PrintStream out = System.out;
    String userId = userId(args);
    if (userId == null || userId.isBlank()) {
      System.err.println("Account unlock failed: name the account, e.g. " + OPTION + "=admin");
      return 1;
    }
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(UnlockContext.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        // the command prints its own one-line reason on failure; a stack trace would bury it
        .properties("logging.level.root=error", "logging.level.org.springframework.boot.SpringApplication=off",
            "spring.flyway.enabled=false")
        .run(args)) {
      String by = "cli:" + System.getProperty("user.name", "unknown");
      Unlocked unlocked = context.getBean(TransactionTemplate.class)
          .execute(status -> unlock(context.getBean(JdbcTemplate.class), context.getBean(ThrottleStore.class),
              context.getBean(SignInAlerts.class), userId, by));
      out.println("Account " + userId + " unlocked: " + (unlocked.lockedUntil().isPresent()
          ? "the sign-in lock until " + unlocked.lockedUntil().get() + " is lifted"
          : "it was not locked; its failed sign-ins are forgotten") + ".");
      out.println("Access log: an UNLOCK row by " + by + " in municipality " + String.join(", ", unlocked.loggedIn())
          + ".");
      return 0;
    } catch (RuntimeException e) {
      System.err.println("Account unlock failed; nothing was changed.");
      System.err.println("  " + rootCause(e).getMessage());
      return 1;
    }
  }

  private record Unlocked(Optional<Instant> lockedUntil, List<String> loggedIn) {}

  private static Unlocked unlock(JdbcTemplate jdbc, ThrottleStore store, SignInAlerts alerts, String userId, String by) {
    Integer users = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ = ?", Integer.class, userId);
    if (users == null || users == 0) {
      throw new IllegalArgumentException("There is no account '" + userId + "'.");
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Optional<Instant> lockedUntil = store.lift(Buckets.account(userId)).filter(until -> until.isAfter(now));
    jdbc.update("UPDATE ACT_ID_USER SET ATTEMPTS_ = 0, LOCK_EXP_TIME_ = NULL WHERE ID_ = ?", userId);
    return new Unlocked(lockedUntil, alerts.accountUnlocked(userId, lockedUntil.orElse(null), by));
  }

  private static String userId(String[] args) {
    return Arrays.stream(args).filter(arg -> arg.startsWith(OPTION + "="))
        .map(arg -> arg.substring(OPTION.length() + 1)).findFirst().orElse(null);
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** Only what the unlock needs: the database, transactions, the throttle table and the access log. */
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
      JdbcTemplateAutoConfiguration.class, TransactionAutoConfiguration.class})
  @ComponentScan(basePackageClasses = AccessLog.class, useDefaultFilters = false,
      includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = AccessLog.class))
  static class UnlockContext {

    @Bean
    ThrottleStore throttleStore(JdbcTemplate jdbc) {
      return new ThrottleStore(jdbc);
    }

    @Bean
    SignInAlerts signInAlerts(AccessLog accessLog, JdbcTemplate jdbc) {
      return new SignInAlerts(accessLog, jdbc);
    }

    @Bean
    TransactionTemplate unlockTransaction(PlatformTransactionManager transactions) {
      return new TransactionTemplate(transactions);
    }
  }
}
