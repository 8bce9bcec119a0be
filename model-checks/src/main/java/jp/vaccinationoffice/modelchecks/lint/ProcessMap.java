package jp.vaccinationoffice.modelchecks.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.BusinessRuleTask;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.UserTask;

/**
 * README's map from each process to its parts, one table row per process:
 * {@code | process | BPMN | decisions | forms | topics → workers | server package | tests |},
 * every name in backticks. Each row must say what the files say: the decisions and forms the
 * process refers to, its external-task topics and the worker class of each, a package that exists
 * in a module, and test classes that exist.
 */
final class ProcessMap {

  static final String HEADER = "| process | BPMN | decisions | forms | topics → workers | server package | tests |";
  static final String FILE = "README.md";

  private static final String OPERATON_NS = org.operaton.bpm.model.bpmn.impl.BpmnModelConstants.OPERATON_NS;
  private static final Pattern NAME = Pattern.compile("`([^`]+)`");
  private static final Pattern TOPIC_TO_WORKER = Pattern.compile("`([^`]+)`\\s*→\\s*`([^`]+)`");

  private record Row(int line, String process, String bpmn, Set<String> decisions, Set<String> forms,
      Map<String, String> workers, String serverPackage, Set<String> tests) {}

  private final Path root;
  private final Map<String, WorkerDeclaration> workers;

  ProcessMap(Path root, Map<String, WorkerDeclaration> workers) {
    this.root = root;
    this.workers = workers;
  }

  void check(Path readme, List<ModelFile<BpmnModelInstance>> processes, List<Violation> violations) {
    Map<String, Row> rows = rows(readme, violations);
    for (ModelFile<BpmnModelInstance> file : processes) {
      for (Process process : file.model().getModelElementsByType(Process.class)) {
        if (!process.isExecutable()) {
          continue;
        }
        Row row = rows.remove(process.getId());
        if (row == null) {
          violations.add(new Violation(FILE, null, process.getId(), Rule.PROCESS_MAP_MATCHES,
              "the process map has no row for process " + process.getId()));
        } else {
          checkRow(row, file, violations);
        }
      }
    }
    rows.values().forEach(row -> violations.add(violation(row, "names a process no file in processes/ defines")));
  }

  private void checkRow(Row row, ModelFile<BpmnModelInstance> file, List<Violation> violations) {
    BpmnModelInstance model = file.model();
    expect(row, "BPMN", Set.of(row.bpmn()), Set.of("processes/" + file.baseName() + ".bpmn"), violations);
    expect(row, "decisions", row.decisions(), refs(model, BusinessRuleTask.class, "decisionRef"), violations);
    expect(row, "forms", row.forms(), refs(model, UserTask.class, "formRef"), violations);
    Set<String> topics = new TreeSet<>();
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if ("external".equals(element.getAttributeValueNs(OPERATON_NS, "type"))) {
        topics.add(element.getAttributeValueNs(OPERATON_NS, "topic"));
      }
    }
    expect(row, "topics", row.workers().keySet(), topics, violations);
    row.workers().forEach((topic, className) -> {
      WorkerDeclaration worker = workers.get(topic);
      String declared = worker == null ? WorkerDeclaration.classNameFor(topic) : worker.className();
      if (!declared.equals(className)) {
        violations.add(violation(row, "says topic " + topic + " is worked by " + className + ", the code by " + declared));
      }
    });
    if (!existsInAModule("src/main/java/" + row.serverPackage().replace('.', '/'))) {
      violations.add(violation(row, "names package " + row.serverPackage() + ", which no module holds"));
    }
    for (String test : row.tests()) {
      if (!testClassExists(test)) {
        violations.add(violation(row, "names test " + test + ", which no module holds"));
      }
    }
  }

  private static Set<String> refs(BpmnModelInstance model, Class<? extends BaseElement> type, String attribute) {
    Set<String> refs = new TreeSet<>();
    model.getModelElementsByType(type).forEach(element -> {
      String ref = element.getAttributeValueNs(OPERATON_NS, attribute);
      if (ref != null) {
        refs.add(ref);
      }
    });
    return refs;
  }

  private static void expect(Row row, String column, Set<String> written, Set<String> actual,
      List<Violation> violations) {
    if (!new TreeSet<>(written).equals(new TreeSet<>(actual))) {
      violations.add(violation(row, "lists " + column + " " + new TreeSet<>(written) + ", the model has "
          + new TreeSet<>(actual)));
    }
  }

  private boolean existsInAModule(String relative) {
    try (Stream<Path> modules = Files.list(root)) {
      return modules.anyMatch(module -> Files.isDirectory(module.resolve(relative)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean testClassExists(String simpleName) {
    try (Stream<Path> modules = Files.list(root)) {
      for (Path tests : modules.map(m -> m.resolve("src/test/java")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.walk(tests)) {
          if (files.anyMatch(f -> f.getFileName().toString().equals(simpleName + ".java"))) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Violation violation(Row row, String message) {
    return new Violation(FILE, row.line(), row.process(), Rule.PROCESS_MAP_MATCHES,
        "the process map's row of " + row.process() + " " + message);
  }

  private static Map<String, Row> rows(Path readme, List<Violation> violations) {
    List<String> lines;
    try {
      lines = Files.readAllLines(readme);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    int header = lines.indexOf(HEADER);
    if (header < 0) {
      violations.add(new Violation(FILE, null, null, Rule.PROCESS_MAP_MATCHES,
          "README.md has no process map (a table headed " + HEADER + ")"));
      return rows;
    }
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String[] cells = lines.get(i).split("\\|", -1);
      if (cells.length < 9) {
        violations.add(new Violation(FILE, i + 1, null, Rule.PROCESS_MAP_MATCHES, "a process map row needs 7 cells"));
        continue;
      }
      Map<String, String> topicWorkers = new HashMap<>();
      Matcher pairs = TOPIC_TO_WORKER.matcher(cells[5]);
      while (pairs.find()) {
        topicWorkers.put(pairs.group(1), pairs.group(2));
      }
      String process = first(cells[1]);
      rows.put(process, new Row(i + 1, process, first(cells[2]), names(cells[3]), names(cells[4]), topicWorkers,
          first(cells[6]), names(cells[7])));
    }
    return rows;
  }

  private static Set<String> names(String cell) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = NAME.matcher(cell);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static String first(String cell) {
    Matcher matcher = NAME.matcher(cell);
    return matcher.find() ? matcher.group(1) : cell.strip();
  }
}
