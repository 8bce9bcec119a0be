package jp.vaccinationoffice.caseserver.modeleffects;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;

/**
 * Reads what each flow node declares in its extension properties and attaches the one listener
 * that applies it:
 * <ul>
 *   <li>{@code caseStatus}: the case takes that status when the node starts;</li>
 *   <li>{@code journal}: the step is journalled when the node starts, or for a user task when it is
 *       completed, with who completed it and the form's choices;</li>
 *   <li>{@code consent}: the case's consent takes that state when the node starts.</li>
 * </ul>
 * Every user task with a form is also checked against its form on completion. Decisions are
 * recorded by {@link DecisionRecording}, from the evaluation itself. A process no {@link CaseRecords}
 * keeps (one deployed for a test, say) gets only the form check.
 */
class ModelEffectsParseListener extends AbstractBpmnParseListener {

  static final String CASE_STATUS = "caseStatus";
  static final String JOURNAL = "journal";
  static final String CONSENT = "consent";

  private final Supplier<ModelEffects> effects;
  private final FormCompletionCheck formCheck;

  ModelEffectsParseListener(Supplier<ModelEffects> effects, FormCompletionCheck formCheck) {
    this.effects = effects;
    this.formCheck = formCheck;
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    onStart(element, activity, true);
  }

  @Override
  public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    onStart(element, activity, true);
  }

  @Override
  public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    onStart(element, activity, true);
  }

  @Override
  public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    onStart(element, activity, true);
  }

  @Override
  public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    onStart(element, activity, true);
  }

  @Override
  public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    onStart(element, activity, true);
  }

  @Override
  public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    onStart(element, activity, true);
  }

  @Override
  public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
    onStart(element, activity, true);
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    onStart(element, activity, false);
    String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
    String step = properties(element).getOrDefault(JOURNAL, activity.getId().toUpperCase().replace('-', '_') + "_COMPLETED");
    var taskDefinition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    taskDefinition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> {
      FormCompletionCheck.Values values = formCheck.check(task);
      TaskCompletion completion = new TaskCompletion(task.getTaskDefinitionKey(), step, Actors.of(task),
          values.choices(), values.entries());
      if (effects.get().keeps(processKey)) {
        effects.get().of(processKey).taskCompleted(task.getExecution().getProcessBusinessKey(), completion);
      }
    });
  }

  private void onStart(Element element, ActivityImpl activity, boolean journalOnStart) {
    Map<String, String> properties = properties(element);
    String status = properties.get(CASE_STATUS);
    String step = journalOnStart ? properties.get(JOURNAL) : null;
    String consent = properties.get(CONSENT);
    if (status == null && step == null && consent == null) {
      return;
    }
    String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
    activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
      CaseRecords records = effects.get().of(processKey);
      String caseId = execution.getProcessBusinessKey();
      if (consent != null) {
        records.consent(caseId, consent);
      }
      if (status != null) {
        records.status(caseId, status);
      }
      if (step != null) {
        records.step(caseId, step);
      }
    });
  }

  /** The {@code operaton:properties} of a flow node, by name. */
  static Map<String, String> properties(Element element) {
    Map<String, String> properties = new LinkedHashMap<>();
    Element extensions = element.element("extensionElements");
    if (extensions == null) {
      return properties;
    }
    Element list = extensions.elementNS(BpmnParse.OPERATON_BPMN_EXTENSIONS_NS, "properties");
    if (list == null) {
      return properties;
    }
    for (Element property : list.elementsNS(BpmnParse.OPERATON_BPMN_EXTENSIONS_NS, "property")) {
      properties.put(property.attribute("name"), property.attribute("value"));
    }
    return properties;
  }
}
