package jp.vaccinationoffice.caseserver.queues;

import java.util.Map;
import java.util.function.Supplier;
import jp.vaccinationoffice.caseserver.cases.ReceptionNumbers;
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
 * Gives every process instance its reception number (from its business key, the case id) for the
 * task names to quote, and every user task the due and follow-up dates its model declares:
 * {@code <operaton:property name="due" value="SAME_OPEN_DAY"/>}, {@code followUp} likewise
 * (see {@link TaskDeadlines.Rule}).
 */
class TaskSchedulingParseListener extends AbstractBpmnParseListener {

  static final String DUE = "due";
  static final String FOLLOW_UP = "followUp";

  private final Supplier<TaskDeadlines> deadlines;

  TaskSchedulingParseListener(Supplier<TaskDeadlines> deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
      String businessKey = execution.getProcessBusinessKey();
      if (businessKey != null && !execution.hasVariable(ReceptionNumbers.VARIABLE)) {
        execution.setVariable(ReceptionNumbers.VARIABLE, ReceptionNumbers.of(businessKey));
      }
    });
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    Map<String, String> properties = properties(element);
    TaskDeadlines.Rule due = rule(properties.get(DUE), activity);
    TaskDeadlines.Rule followUp = rule(properties.get(FOLLOW_UP), activity);
    if (due == null && followUp == null) {
      return;
    }
    var taskDefinition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> {
      if (due != null && task.getDueDate() == null) {
        task.setDueDate(deadlines.get().dateFor(due, task.getTenantId()));
      }
      if (followUp != null && task.getFollowUpDate() == null) {
        task.setFollowUpDate(deadlines.get().dateFor(followUp, task.getTenantId()));
      }
    });
  }

  private static TaskDeadlines.Rule rule(String value, ActivityImpl activity) {
    if (value == null) {
      return null;
    }
    try {
      return TaskDeadlines.Rule.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("user task " + activity.getId() + " declares the unknown date rule " + value);
    }
  }

  private static Map<String, String> properties(Element element) {
    Map<String, String> properties = new java.util.LinkedHashMap<>();
    Element extensions = element.element("extensionElements");
    Element list = extensions == null ? null : extensions.elementNS(BpmnParse.OPERATON_BPMN_EXTENSIONS_NS, "properties");
    if (list != null) {
      for (Element property : list.elementsNS(BpmnParse.OPERATON_BPMN_EXTENSIONS_NS, "property")) {
        properties.put(property.attribute("name"), property.attribute("value"));
      }
    }
    return properties;
  }
}
