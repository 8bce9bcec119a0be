package jp.vaccinationoffice.caseserver.support;

import java.sql.Connection;
import java.sql.SQLException;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.apache.ibatis.session.defaults.DefaultSqlSession;
import org.apache.ibatis.transaction.Transaction;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Sessions on one engine's data source and transaction factory with the mappings that
 * {@link SharedEngineMappings} shares: the parsed configuration's own environment (the first
 * engine's) is never used to open a session.
 */
final class SharedMappingsSqlSessionFactory implements SqlSessionFactory {

  private final ProcessEngineConfigurationImpl engine;
  /** Looked up on first use: the engine knows its database type only once its data source is set up. */
  private volatile Configuration mappings;

  SharedMappingsSqlSessionFactory(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  @Override
  public Configuration getConfiguration() {
    Configuration found = mappings;
    if (found == null) {
      found = SharedEngineMappings.of(engine);
      mappings = found;
    }
    return found;
  }

  @Override
  public SqlSession openSession() {
    return fromDataSource(null, null, false);
  }

  @Override
  public SqlSession openSession(boolean autoCommit) {
    return fromDataSource(null, null, autoCommit);
  }

  @Override
  public SqlSession openSession(TransactionIsolationLevel level) {
    return fromDataSource(null, level, false);
  }

  @Override
  public SqlSession openSession(ExecutorType execType) {
    return fromDataSource(execType, null, false);
  }

  @Override
  public SqlSession openSession(ExecutorType execType, boolean autoCommit) {
    return fromDataSource(execType, null, autoCommit);
  }

  @Override
  public SqlSession openSession(ExecutorType execType, TransactionIsolationLevel level) {
    return fromDataSource(execType, level, false);
  }

  @Override
  public SqlSession openSession(Connection connection) {
    return onConnection(null, connection);
  }

  @Override
  public SqlSession openSession(ExecutorType execType, Connection connection) {
    return onConnection(execType, connection);
  }

  private SqlSession fromDataSource(ExecutorType execType, TransactionIsolationLevel level, boolean autoCommit) {
    Transaction transaction = engine.getTransactionFactory().newTransaction(engine.getDataSource(), level, autoCommit);
    return session(execType, transaction, autoCommit);
  }

  private SqlSession onConnection(ExecutorType execType, Connection connection) {
    boolean autoCommit;
    try {
      autoCommit = connection.getAutoCommit();
    } catch (SQLException e) {
      autoCommit = true;
    }
    return session(execType, engine.getTransactionFactory().newTransaction(connection), autoCommit);
  }

  private SqlSession session(ExecutorType execType, Transaction transaction, boolean autoCommit) {
    Configuration configuration = getConfiguration();
    Executor executor = configuration.newExecutor(transaction,
        execType == null ? configuration.getDefaultExecutorType() : execType);
    return new DefaultSqlSession(configuration, executor, autoCommit);
  }
}
