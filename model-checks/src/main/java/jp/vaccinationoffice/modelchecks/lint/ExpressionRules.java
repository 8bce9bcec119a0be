package jp.vaccinationoffice.modelchecks.lint;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.impl.BpmnModelConstants;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import javax.xml.transform.dom.DOMSource;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Models hold no Java: no listener or delegate names code, and every expression only reads process
 * variables: no method call, no engine object ({@code execution}, {@code task}, …) and no bean.
 */
final class ExpressionRules {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern ROOT_IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)");
  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
      "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  /** What the engine resolves besides variables: its own objects and services. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "variableScope", "processEngine",
      "processEngineServices", "authenticatedUserId", "caseExecution", "externalTask", "runtimeService",
      "taskService", "repositoryService", "historyService", "identityService", "managementService",
      "formService", "decisionService", "applicationContext", "environment", "systemProperties");
  private static final Set<String> CODE_ELEMENTS = Set.of("executionListener", "taskListener");
  private static final Set<String> CODE_ATTRIBUTES = Set.of("class", "delegateExpression", "expression");

  private final Set<String> beanNames;

  ExpressionRules(Set<String> beanNames) {
    this.beanNames = beanNames;
  }

  void check(ModelFile<BpmnModelInstance> file, List<Violation> violations) {
    Node document = ((DOMSource) file.model().getDocument().getDomSource()).getNode();
    walk(file, ((Document) document).getDocumentElement(), violations);
  }

  private void walk(ModelFile<BpmnModelInstance> file, Element element, List<Violation> violations) {
    boolean operaton = BpmnModelConstants.OPERATON_NS.equals(element.getNamespaceURI());
    if (operaton && CODE_ELEMENTS.contains(element.getLocalName())) {
      violations.add(violation(file, element, "operaton:" + element.getLocalName() + " runs code; declare the step's"
          + " meaning as an extension property instead"));
    }
    for (String attribute : CODE_ATTRIBUTES) {
      if (!operaton && element.hasAttributeNS(BpmnModelConstants.OPERATON_NS, attribute)) {
        violations.add(violation(file, element, "operaton:" + attribute + " runs code; use an external task topic"));
      }
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      checkText(file, element, attributes.item(i).getNodeValue(), violations);
    }
    boolean leaf = true;
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        leaf = false;
        walk(file, child, violations);
      }
    }
    if (leaf) {
      checkText(file, element, element.getTextContent(), violations);
    }
  }

  private void checkText(ModelFile<BpmnModelInstance> file, Element element, String text,
      List<Violation> violations) {
    if (text == null) {
      return;
    }
    Matcher expressions = EXPRESSION.matcher(text);
    while (expressions.find()) {
      String body = STRING_LITERAL.matcher(expressions.group(1)).replaceAll("''");
      if (body.contains("(")) {
        violations.add(violation(file, element, "expression " + expressions.group() + " calls a method"));
        continue;
      }
      Matcher identifiers = ROOT_IDENTIFIER.matcher(body);
      while (identifiers.find()) {
        String name = identifiers.group(1);
        if (!KEYWORDS.contains(name) && (ENGINE_NAMES.contains(name) || beanNames.contains(name))) {
          violations.add(violation(file, element, "expression " + expressions.group() + " names '" + name
              + "', which is not a process variable"));
        }
      }
    }
  }

  private static Violation violation(ModelFile<BpmnModelInstance> file, Element element, String message) {
    ModelElementInstance instance = file.model().getModelElementById(idOf(element));
    String id = instance instanceof BaseElement base ? base.getId() : idOf(element);
    return file.violation(id, Rule.EXPRESSION_READS_VARIABLES_ONLY, message);
  }

  /** The id of the element or of its nearest ancestor that has one. */
  private static String idOf(Element element) {
    for (Node current = element; current instanceof Element e; current = e.getParentNode()) {
      String id = e.getAttribute("id");
      if (!id.isBlank()) {
        return id;
      }
    }
    return null;
  }
}
