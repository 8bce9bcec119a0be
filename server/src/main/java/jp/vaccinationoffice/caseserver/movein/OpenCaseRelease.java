package jp.vaccinationoffice.caseserver.movein;

import jp.vaccinationoffice.caseserver.engine.ParseListeners;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A move-in case is open while its process runs: when the process instance ends, however it ends
 * (any end event, a cancellation in Cockpit), the case stops holding its resident's open-case slot
 * ({@code case_file.open_subject_index}), in the transaction that ends it, and a new intake for the
 * resident is accepted again. Added to the process by the engine, so the model carries no Java.
 */
@Component
class OpenCaseRelease extends AbstractProcessEnginePlugin implements ExecutionListener {

  private final JdbcTemplate jdbc;

  OpenCaseRelease(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterTheEngine(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (MoveInIntake.PROCESS.equals(processDefinition.getKey())) {
          processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, OpenCaseRelease.this);
        }
      }
    });
  }

  @Override
  public void notify(DelegateExecution execution) {
    jdbc.update("UPDATE case_file SET open_subject_index = NULL WHERE id = ? AND case_type = ?",
        execution.getProcessBusinessKey(), MoveInIntake.CASE_TYPE);
  }
}
