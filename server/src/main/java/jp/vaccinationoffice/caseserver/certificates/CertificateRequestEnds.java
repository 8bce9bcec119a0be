package jp.vaccinationoffice.caseserver.certificates;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.vaccinationoffice.caseserver.engine.ParseListeners;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.TransactionState;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Wakes an electronic application waiting for its certificate request as soon as the request's
 * process has ended on this node and the end is committed (with the case's final status), instead
 * of the waiter asking the database again and again. Nothing of this is in the model. A request
 * ended on another node, or stopped by an incident, is still found by the waiter's own look at the
 * case every {@link #FALLBACK}.
 */
@Component
class CertificateRequestEnds extends AbstractProcessEnginePlugin {

  static final Duration FALLBACK = Duration.ofMillis(250);

  private final Map<String, CountDownLatch> waiting = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterTheEngine(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (CertificateIntake.PROCESS.equals(processDefinition.getKey())) {
          ExecutionListener wakeAfterCommit = execution -> {
            String caseId = execution.getProcessBusinessKey();
            Context.getCommandContext().getTransactionContext()
                .addTransactionListener(TransactionState.COMMITTED, committed -> ended(caseId));
          };
          processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, wakeAfterCommit);
        }
      }
    });
  }

  /** From now on, the end of the case's request wakes {@link #await}. */
  void expect(String caseId) {
    waiting.putIfAbsent(caseId, new CountDownLatch(1));
  }

  /** Waits until the case's request ends on this node, or at most {@link #FALLBACK}; true if it ended. */
  boolean await(String caseId) throws InterruptedException {
    CountDownLatch latch = waiting.get(caseId);
    return latch != null && latch.await(FALLBACK.toMillis(), TimeUnit.MILLISECONDS);
  }

  void forget(String caseId) {
    waiting.remove(caseId);
  }

  private void ended(String caseId) {
    CountDownLatch latch = caseId == null ? null : waiting.get(caseId);
    if (latch != null) {
      latch.countDown();
    }
  }
}
