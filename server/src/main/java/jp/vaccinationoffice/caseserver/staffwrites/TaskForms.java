package jp.vaccinationoffice.caseserver.staffwrites;

import jp.vaccinationoffice.caseserver.forms.DeployedForms;
import jp.vaccinationoffice.caseserver.forms.TaskForm;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** The deployed form of a task a staff request completes, looked up outside the engine's own commands. */
@Service
class TaskForms {

  private final ProcessEngine engine;
  private final DeployedForms deployedForms;

  TaskForms(ProcessEngine engine, DeployedForms deployedForms) {
    this.engine = engine;
    this.deployedForms = deployedForms;
  }

  /** The form of a task queried with its form keys. */
  TaskForm of(Task task) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(command -> deployedForms.of(task, command));
  }
}
