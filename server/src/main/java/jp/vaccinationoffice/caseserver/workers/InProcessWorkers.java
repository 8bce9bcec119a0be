package jp.vaccinationoffice.caseserver.workers;

import java.util.List;
import jp.vaccinationoffice.workers.CaseWorkersConfiguration;
import jp.vaccinationoffice.workers.gateway.GatewaysConfiguration;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ModeledErrors;
import jp.vaccinationoffice.workers.runtime.StepTransactions;
import jp.vaccinationoffice.workers.runtime.TaskSignal;
import jp.vaccinationoffice.workers.runtime.WorkerProperties;
import jp.vaccinationoffice.workers.runtime.WorkerSubscriptions;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.RepositoryService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Runs the workers inside the server on the engine's Java API, once the server is ready. Each step
 * runs in a transaction of the transaction manager the engine joins ({@link StepTransactions}), so
 * its case-store writes commit with its report to the engine. {@code workers.enabled=false} turns
 * them off on this node (another node on the same database works the tasks then).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkerProperties.class)
@Import({GatewaysConfiguration.class, CaseWorkersConfiguration.class})
public class InProcessWorkers {

  private final WorkerProperties properties;
  private WorkerSubscriptions subscriptions;

  InProcessWorkers(WorkerProperties properties) {
    this.properties = properties;
  }

  @Bean
  StepTransactions stepTransactions(PlatformTransactionManager transactionManager) {
    return new StepTransactions(transactionManager);
  }

  @Bean
  TaskSignal taskSignal() {
    return new TaskSignal();
  }

  @Bean
  WorkerSubscriptions workerSubscriptions(List<CaseWorker> workers, ExternalTaskService externalTasks,
      RepositoryService repository, StepTransactions steps, TaskSignal signal) {
    subscriptions = new WorkerSubscriptions(workers, properties, externalTasks, steps, new ModeledErrors(repository),
        signal);
    return subscriptions;
  }

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    if (properties.enabled()) {
      subscriptions.start();
    }
  }

  @EventListener
  void onClose(ContextClosedEvent event) {
    if (subscriptions != null) {
      subscriptions.stop();
    }
  }
}
