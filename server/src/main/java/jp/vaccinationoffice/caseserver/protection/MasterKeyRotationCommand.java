package jp.vaccinationoffice.caseserver.protection;

import java.io.PrintStream;
import java.util.Arrays;
import jp.vaccinationoffice.caseserver.protection.MasterKeyRotation.Result;
import jp.vaccinationoffice.caseserver.protection.MasterKeySource.NewMasterKey;
import jp.vaccinationoffice.caseserver.startup.StartupRefusedException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code java -jar case-server.jar --protection.rotate-master-key [--protection.master-key.new-alias=…]}:
 * re-wraps every municipality key under a new master key and exits (0: done, 1: nothing changed),
 * without starting the engine or the web server. It reads the same configuration as the server
 * (profile, database, current master key); the new key comes from {@code NEW_MASTER_KEY},
 * {@code NEW_MASTER_KEY_ALIAS} or, in the demo, a new version in the demo keystore. Stop the servers
 * first: one still running would wrap a municipality's first key under the old master key.
 */
public final class MasterKeyRotationCommand {

  public static final String OPTION = "--protection.rotate-master-key";

  private MasterKeyRotationCommand() {}

  public static boolean isRequested(String[] args) {
    return Arrays.stream(args).anyMatch(arg -> arg.equals(OPTION) || arg.equals(OPTION + "=true"));
  }

  /** Runs the rotation with the server's arguments; the exit status. */
  public static int run(String... args) {
    PrintStream out = System.out;
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RotationContext.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties("logging.level.root=warn")
        .run(args)) {
      MasterKeySource source = context.getBean(MasterKeySource.class);
      MasterKey current = source.current();
      NewMasterKey next = source.next(current);
      Result result;
      try {
        result = context.getBean(MasterKeyRotation.class).rotate(current, next.key());
      } catch (RuntimeException e) {
        next.undo().run();
        throw e;
      }
      out.println("Master key rotation: " + result.rewrapped() + " of " + result.keys() + " municipality keys re-wrapped"
          + " from '" + current.id() + "' to '" + next.key().id() + "'"
          + (result.alreadyUnderNext() > 0 ? " (" + result.alreadyUnderNext() + " were under it already)" : "") + ".");
      out.println(next.afterwards());
      return 0;
    } catch (RuntimeException e) {
      System.err.println("Master key rotation failed; no key was changed.");
      System.err.println("  " + describe(e));
      if (rootCause(e) instanceof StartupRefusedException refused) {
        System.err.println("  " + refused.action());
      }
      return 1;
    }
  }

  private static String describe(Throwable e) {
    Throwable root = rootCause(e);
    return root instanceof StartupRefusedException || root instanceof IllegalStateException
        ? root.getMessage() : root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** Only what the rotation needs: the database, transactions and the master key sources. */
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
      JdbcTemplateAutoConfiguration.class, TransactionAutoConfiguration.class})
  @EnableConfigurationProperties(MasterKeyProperties.class)
  static class RotationContext {

    @Bean
    MasterKeySource masterKeySource(MasterKeyProperties properties, Environment environment) {
      boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
      return new MasterKeySource(properties, demo ? new DemoMasterKeystore(properties) : null);
    }

    @Bean
    MasterKeyRotation masterKeyRotation(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
      return new MasterKeyRotation(jdbc, transactions);
    }
  }
}
