package jp.vaccinationoffice.caseserver.forms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.operaton.bpm.engine.form.OperatonFormRef;
import org.operaton.bpm.engine.impl.cmd.GetOperatonFormDefinitionCmd;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.operaton.bpm.engine.repository.OperatonFormDefinition;
import org.operaton.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The form of a task, found the way the Tasklist finds it (the user task's {@code operaton:formRef}
 * with its binding, or a {@code operaton-forms:deployment:} form key) among the forms deployed with
 * the task's process, and read once per deployed form: a form file never changes inside a deployment.
 * It reads inside the engine's command context, without the authorization checks of the engine's
 * services, so that it answers the same for the clerk completing a task and for the server checking
 * the clerk's request.
 */
@Component
public class DeployedForms {

  private static final Logger LOG = LoggerFactory.getLogger(DeployedForms.class);
  private static final String[] DEPLOYED_FORM_KEYS = {"operaton-forms:deployment:", "camunda-forms:deployment:"};

  private final Map<String, TaskForm> forms = new ConcurrentHashMap<>();

  /** The form of a task whose form keys are initialized. */
  public TaskForm of(Task task, CommandContext command) {
    String deploymentId = task.getProcessDefinitionId() == null ? null
        : command.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getDeploymentId();
    OperatonFormRef reference = task.getOperatonFormRef();
    if (reference != null && reference.getKey() != null) {
      OperatonFormDefinition definition = new GetOperatonFormDefinitionCmd(reference, deploymentId).execute(command);
      return definition == null ? TaskForm.none() : forms.computeIfAbsent(definition.getId(),
          id -> read(command, definition.getDeploymentId(), definition.getResourceName()));
    }
    String formKey = task.getFormKey();
    if (formKey != null && deploymentId != null) {
      for (String prefix : DEPLOYED_FORM_KEYS) {
        if (formKey.startsWith(prefix)) {
          String resource = formKey.substring(prefix.length());
          return forms.computeIfAbsent(deploymentId + "/" + resource, id -> read(command, deploymentId, resource));
        }
      }
    }
    return TaskForm.none();
  }

  private static TaskForm read(CommandContext command, String deploymentId, String resourceName) {
    ResourceEntity file = command.getResourceManager().findResourceByDeploymentIdAndResourceName(deploymentId, resourceName);
    if (file == null) {
      LOG.warn("Form {} is not in deployment {}", resourceName, deploymentId);
      return TaskForm.none();
    }
    try {
      return TaskForm.parse(file.getBytes());
    } catch (IllegalArgumentException e) {
      // the model checks keep such files out; should one be deployed, its task takes no variables from staff
      LOG.warn("Form {} of deployment {} cannot be read: {}", resourceName, deploymentId, e.getMessage());
      return TaskForm.none();
    }
  }
}
