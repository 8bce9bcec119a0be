package jp.vaccinationoffice.caseserver.ledger.imports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerImportProperties.class)
class LedgerImportConfiguration {

  static final String EXECUTOR = "ledgerImportExecutor";

  /** Two imports at a time (of different municipalities) and a few waiting: each holds a file in memory. */
  @Bean(EXECUTOR)
  ThreadPoolTaskExecutor ledgerImportExecutor() {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setThreadNamePrefix("ledger-import-");
    executor.setCorePoolSize(2);
    executor.setMaxPoolSize(2);
    executor.setQueueCapacity(4);
    executor.setWaitForTasksToCompleteOnShutdown(false);
    return executor;
  }
}
