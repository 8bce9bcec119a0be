package jp.vaccinationoffice.caseserver.engine;

import java.util.Set;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Builds the engine only after Flyway has migrated the case store: Flyway refuses a non-empty
 * schema without its history table, and the engine creates its own tables when it is built.
 */
class EngineAfterCaseStoreMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngine.class, ProcessEngineConfiguration.class);
  }
}
