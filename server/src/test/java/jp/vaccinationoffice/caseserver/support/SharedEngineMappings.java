package jp.vaccinationoffice.caseserver.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.session.Configuration;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The engines of one test JVM share the engine's MyBatis mappings, parsed once per kind of database.
 * A test JVM builds dozens of engines (each server, each decision-table test), and parsing the
 * engine's mapping files was a fifth of the test JVMs' CPU. Each engine keeps its own data source and
 * transactions ({@link SharedMappingsSqlSessionFactory}); only the parsed statements are shared, which
 * the engine only reads. A server in production builds one engine and is left as it is.
 */
public final class SharedEngineMappings extends AbstractProcessEnginePlugin {

  private static final Map<List<Object>, Configuration> PARSED = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl engine) {
    if (engine.getSqlSessionFactory() == null) {
      engine.setSqlSessionFactory(new SharedMappingsSqlSessionFactory(engine));
    }
  }

  /** The mappings for the engine's database, table prefix and statement settings, parsed on first need. */
  static Configuration of(ProcessEngineConfigurationImpl engine) {
    List<Object> kind = List.of(String.valueOf(engine.getDatabaseType()), String.valueOf(engine.getDatabaseTablePrefix()),
        engine.isJdbcBatchProcessing(), String.valueOf(engine.getJdbcStatementTimeout()));
    return PARSED.computeIfAbsent(kind, ignored -> new MappingsParser(engine).parse());
  }

  /** Gives every server a test starts the plugin (META-INF/spring.factories names it). */
  public static final class InEveryServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      context.getBeanFactory().registerSingleton("sharedEngineMappings", new SharedEngineMappings());
    }
  }

  /** Runs the engine's own parsing of its mapping files with the settings of the given engine. */
  private static final class MappingsParser extends StandaloneProcessEngineConfiguration {

    MappingsParser(ProcessEngineConfigurationImpl engine) {
      setDatabaseType(engine.getDatabaseType());
      setDatabaseTablePrefix(engine.getDatabaseTablePrefix());
      setJdbcBatchProcessing(engine.isJdbcBatchProcessing());
      setJdbcStatementTimeout(engine.getJdbcStatementTimeout());
      setDataSource(engine.getDataSource());
      transactionFactory = engine.getTransactionFactory();
    }

    Configuration parse() {
      initSqlSessionFactory();
      return getSqlSessionFactory().getConfiguration();
    }
  }
}
