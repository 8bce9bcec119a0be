package jp.vaccinationoffice.modelchecks.lint;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.impl.BpmnModelConstants;
import org.operaton.bpm.model.bpmn.instance.Activity;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.BoundaryEvent;
import org.operaton.bpm.model.bpmn.instance.BusinessRuleTask;
import org.operaton.bpm.model.bpmn.instance.CallActivity;
import org.operaton.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.operaton.bpm.model.bpmn.instance.EventDefinition;
import org.operaton.bpm.model.bpmn.instance.ExclusiveGateway;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Gateway;
import org.operaton.bpm.model.bpmn.instance.InclusiveGateway;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.Task;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;

/**
 * Rules on one BPMN file. In a collaboration with several executable processes, one of them must
 * carry the file's name: the file can then be found from that process id, and the others (usually
 * helpers of the main one) may be named freely. Non-executable pools are only checked for names.
 */
final class ProcessRules {

  private static final String OPERATON_NS = BpmnModelConstants.OPERATON_NS;

  private final Set<String> formIds;
  private final Set<String> decisionIds;
  private final Set<String> subscribedTopics;
  private final Map<String, WorkerDeclaration> workers;

  ProcessRules(Set<String> formIds, Set<String> decisionIds, Set<String> subscribedTopics,
      Map<String, WorkerDeclaration> workers) {
    this.formIds = formIds;
    this.decisionIds = decisionIds;
    this.subscribedTopics = subscribedTopics;
    this.workers = workers;
  }

  void check(ModelFile<BpmnModelInstance> file, List<Violation> violations) {
    BpmnModelInstance model = file.model();
    checkProcesses(file, model.getModelElementsByType(Process.class), violations);
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (isMerge(node)) {
        if (!Names.isBlank(node.getName())) {
          violations.add(file.violation(node.getId(), Rule.MERGE_GATEWAY_UNNAMED,
              "merging gateway is named '" + node.getName() + "'; only a deciding gateway asks a question"));
        }
      } else if (Names.isBlank(node.getName())) {
        violations.add(file.violation(node.getId(), Rule.ELEMENT_NAMED, typeOf(node) + " has no name"));
      } else if ((node instanceof Task || node instanceof CallActivity) && !TaskNames.isVerbAndObject(node.getName())) {
        violations.add(file.violation(node.getId(), Rule.TASK_NAMED_VERB_OBJECT,
            typeOf(node) + " '" + node.getName() + "' is not named verb and object"));
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkUserTask(file, task, violations);
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      String decisionRef = task.getOperatonDecisionRef();
      if (decisionRef != null && !Names.isExpression(decisionRef) && !decisionIds.contains(decisionRef)) {
        violations.add(file.violation(task.getId(), Rule.DECISION_REF_EXISTS,
            "business rule task refers to decision '" + decisionRef + "', which no file in dmn/ defines"));
      }
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      checkExternalTopic(file, element, violations);
    }
    for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
      if (gateway instanceof ExclusiveGateway || gateway instanceof InclusiveGateway) {
        checkDivergingGateway(file, gateway, violations);
      }
    }
  }

  /** A gateway that only joins flows: several in, one out. */
  private static boolean isMerge(FlowNode node) {
    return node instanceof Gateway && node.getIncoming().size() > 1 && node.getOutgoing().size() == 1;
  }

  private void checkWorker(ModelFile<BpmnModelInstance> file, BaseElement element, String topic,
      List<Violation> violations) {
    WorkerDeclaration worker = workers.get(topic);
    if (worker == null) {
      return;
    }
    String expected = WorkerDeclaration.classNameFor(topic);
    if (!expected.equals(worker.className())) {
      violations.add(file.violation(element.getId(), Rule.WORKER_NAMED_AFTER_TOPIC,
          "topic '" + topic + "' is worked by " + worker.className() + ", not " + expected));
    }
    if (!(element instanceof Activity activity)) {
      return;
    }
    Set<String> caught = new TreeSet<>();
    boolean catchesAll = false;
    for (BoundaryEvent boundary : file.model().getModelElementsByType(BoundaryEvent.class)) {
      if (boundary.getAttachedTo() != activity) {
        continue;
      }
      for (EventDefinition definition : boundary.getEventDefinitions()) {
        if (definition instanceof ErrorEventDefinition error) {
          if (error.getError() == null || Names.isBlank(error.getError().getErrorCode())) {
            catchesAll = true;
          } else {
            caught.add(error.getError().getErrorCode());
          }
        }
      }
    }
    for (String code : new TreeSet<>(worker.errorCodes())) {
      if (!catchesAll && !caught.contains(code)) {
        violations.add(file.violation(element.getId(), Rule.WORKER_ERROR_HAS_BOUNDARY,
            worker.className() + " can throw " + code + ", which no boundary event of this task catches"));
      }
    }
  }

  private void checkProcesses(ModelFile<BpmnModelInstance> file, Collection<Process> processes,
      List<Violation> violations) {
    List<Process> executable = processes.stream().filter(Process::isExecutable).toList();
    List<Process> deciding = executable.isEmpty() ? List.copyOf(processes) : executable;
    if (!deciding.isEmpty() && deciding.stream().noneMatch(p -> file.baseName().equals(p.getId()))) {
      violations.add(file.violation(deciding.get(0).getId(), Rule.PROCESS_ID_MATCHES_FILE,
          "process id differs from the file name '" + file.baseName() + "'"));
    }
    for (Process process : processes) {
      if (Names.isBlank(process.getName())) {
        violations.add(file.violation(process.getId(), Rule.ELEMENT_NAMED, "process has no name"));
      }
      if (process.isExecutable() && process.getDocumentations().stream().map(d -> d.getTextContent())
          .noneMatch(TaskNames::citesALaw)) {
        violations.add(file.violation(process.getId(), Rule.PROCESS_DOCUMENTED,
            "process has no documentation citing the law it implements (e.g. 番号法第19条)"));
      }
      if (process.isExecutable() && Names.isBlank(process.getOperatonHistoryTimeToLiveString())) {
        violations.add(file.violation(process.getId(), Rule.PROCESS_HISTORY_TTL,
            "process has no operaton:historyTimeToLive"));
      }
    }
  }

  private void checkUserTask(ModelFile<BpmnModelInstance> file, UserTask task, List<Violation> violations) {
    if (Names.isBlank(task.getOperatonCandidateGroups())) {
      violations.add(file.violation(task.getId(), Rule.USER_TASK_CANDIDATE_GROUP, "user task has no candidate group"));
    }
    String formRef = task.getOperatonFormRef();
    if (formRef != null && !Names.isExpression(formRef) && !formIds.contains(formRef)) {
      violations.add(file.violation(task.getId(), Rule.USER_TASK_FORM_EXISTS,
          "user task refers to form '" + formRef + "', which no file in forms/ defines"));
    }
  }

  /** Service, send and business rule tasks and message events all declare external work the same way. */
  private void checkExternalTopic(ModelFile<BpmnModelInstance> file, BaseElement element, List<Violation> violations) {
    if (!"external".equals(element.getAttributeValueNs(OPERATON_NS, "type"))) {
      return;
    }
    String topic = element.getAttributeValueNs(OPERATON_NS, "topic");
    String elementId = element instanceof EventDefinition ? ownerId(element) : element.getId();
    if (Names.isBlank(topic)) {
      violations.add(file.violation(elementId, Rule.EXTERNAL_TOPIC_HAS_WORKER, "external task has no topic"));
    } else if (!Names.isExpression(topic) && !subscribedTopics.contains(topic)) {
      violations.add(file.violation(elementId, Rule.EXTERNAL_TOPIC_HAS_WORKER,
          "no worker subscribes to external task topic '" + topic + "'"));
    } else if (!(element instanceof EventDefinition)) {
      checkWorker(file, element, topic, violations);
    }
  }

  private void checkDivergingGateway(ModelFile<BpmnModelInstance> file, Gateway gateway, List<Violation> violations) {
    Collection<SequenceFlow> outgoing = gateway.getOutgoing();
    if (outgoing.size() < 2) {
      return;
    }
    for (SequenceFlow flow : outgoing) {
      if (Names.isBlank(flow.getName())) {
        violations.add(file.violation(flow.getId(), Rule.GATEWAY_FLOW_NAMED,
            "sequence flow leaving gateway '" + gateway.getId() + "' has no name"));
      }
    }
    SequenceFlow defaultFlow = gateway instanceof ExclusiveGateway exclusive
        ? exclusive.getDefault()
        : ((InclusiveGateway) gateway).getDefault();
    if (defaultFlow == null) {
      violations.add(file.violation(gateway.getId(), Rule.GATEWAY_HAS_DEFAULT, "diverging gateway has no default flow"));
    }
  }

  private static String ownerId(ModelElementInstance element) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent instanceof BaseElement base && base.getId() != null) {
        return base.getId();
      }
    }
    return null;
  }

  /** "userTask" becomes "user task". */
  private static String typeOf(ModelElementInstance element) {
    return element.getElementType().getTypeName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
  }
}
