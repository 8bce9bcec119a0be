package jp.vaccinationoffice.caseserver.staffwrites;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.form.OperatonFormRef;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cmd.GetOperatonFormDefinitionCmd;
import org.operaton.bpm.engine.repository.OperatonFormDefinition;
import org.operaton.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The form of a task, found the way the Tasklist finds it (the user task's {@code operaton:formRef}
 * with its binding, or a {@code operaton-forms:deployment:} form key) and read once per deployed form
 * definition: a form file never changes inside a deployment.
 */
@Service
class TaskForms {

  private static final Logger LOG = LoggerFactory.getLogger(TaskForms.class);
  private static final String[] DEPLOYED_FORM_KEYS = {"operaton-forms:deployment:", "camunda-forms:deployment:"};

  private final ProcessEngine engine;
  private final Map<String, TaskForm> forms = new ConcurrentHashMap<>();

  TaskForms(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The form of a task queried with its form keys; call it with no user signed in to the engine. */
  TaskForm of(Task task) {
    String deploymentId = task.getProcessDefinitionId() == null ? null
        : engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
    OperatonFormRef reference = task.getOperatonFormRef();
    if (reference != null && reference.getKey() != null) {
      OperatonFormDefinition definition = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .getCommandExecutorTxRequired().execute(new GetOperatonFormDefinitionCmd(reference, deploymentId));
      return definition == null ? TaskForm.none()
          : forms.computeIfAbsent(definition.getId(), id -> read(definition.getDeploymentId(), definition.getResourceName()));
    }
    String formKey = task.getFormKey();
    if (formKey != null && deploymentId != null) {
      for (String prefix : DEPLOYED_FORM_KEYS) {
        if (formKey.startsWith(prefix)) {
          String resource = formKey.substring(prefix.length());
          return forms.computeIfAbsent(deploymentId + "/" + resource, id -> read(deploymentId, resource));
        }
      }
    }
    return TaskForm.none();
  }

  private TaskForm read(String deploymentId, String resourceName) {
    try (InputStream file = engine.getRepositoryService().getResourceAsStream(deploymentId, resourceName)) {
      return TaskForm.parse(file.readAllBytes());
    } catch (IllegalArgumentException e) {
      // the model checks keep such files out; should one be deployed, its task takes no variables from staff
      LOG.warn("Form {} of deployment {} cannot be read: {}", resourceName, deploymentId, e.getMessage());
      return TaskForm.none();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
