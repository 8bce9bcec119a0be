package jp.vaccinationoffice.modelchecks.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.impl.BpmnModelConstants;
import org.operaton.bpm.model.dmn.Dmn;
import org.operaton.bpm.model.dmn.DmnModelInstance;
import org.operaton.bpm.model.dmn.impl.DmnModelConstants;
import org.operaton.bpm.model.dmn.instance.Decision;

/**
 * Checks the BPMN, DMN and form files of the repository against the modelling conventions (see
 * {@link Rule}). A file that cannot be read yields one {@link Rule#MALFORMED_FILE} violation and is
 * otherwise skipped. A directory that does not exist counts as empty.
 */
public final class ModelLint {

  private static final String BPMN_SCHEMA = "org/operaton/bpm/model/bpmn/schema/BPMN20.xsd";
  private static final String DMN_SCHEMAS = "org/operaton/bpm/model/dmn/schema/";

  private static final XmlModelReader<BpmnModelInstance> BPMN_READER = new XmlModelReader<>("BPMN 2.0",
      Map.of(BpmnModelConstants.BPMN20_NS, BPMN_SCHEMA), Bpmn::readModelFromStream);
  private static final XmlModelReader<DmnModelInstance> DMN_READER = new XmlModelReader<>("DMN",
      Map.of(DmnModelConstants.DMN11_NS, DMN_SCHEMAS + "DMN11.xsd",
          DmnModelConstants.DMN12_NS, DMN_SCHEMAS + "DMN12.xsd",
          DmnModelConstants.DMN13_NS, DMN_SCHEMAS + "DMN13.xsd",
          DmnModelConstants.DMN14_NS, DMN_SCHEMAS + "DMN14.xsd",
          DmnModelConstants.DMN15_NS, DMN_SCHEMAS + "DMN15.xsd"),
      Dmn::readModelFromStream);

  private ModelLint() {}

  /**
   * @param subscribedTopics the external-task topics some worker subscribes to
   * @return the violations ordered by file and line; empty when the models follow every rule
   */
  public static List<Violation> check(Path processesDir, Path dmnDir, Path formsDir, Set<String> subscribedTopics) {
    return check(processesDir, dmnDir, formsDir, subscribedTopics, Map.of(), Set.of(), new ArrayList<>());
  }

  /**
   * The models under {@code root} against the workers that exist and the beans a model must not
   * name; when {@code root} holds a README.md, also its process map (see {@link ProcessMap}).
   */
  public static List<Violation> checkRepository(Path root, Collection<WorkerDeclaration> workers,
      Set<String> beanNames) {
    Map<String, WorkerDeclaration> byTopic = new HashMap<>();
    workers.forEach(worker -> byTopic.put(worker.topic(), worker));
    List<Violation> violations = new ArrayList<>();
    List<ModelFile<BpmnModelInstance>> processes = new ArrayList<>();
    check(root.resolve("processes"), root.resolve("dmn"), root.resolve("forms"), byTopic.keySet(), byTopic, beanNames,
        processes, violations);
    Path readme = root.resolve("README.md");
    if (Files.isRegularFile(readme)) {
      new ProcessMap(root, byTopic).check(readme, processes, violations);
    }
    sort(violations);
    return violations;
  }

  private static List<Violation> check(Path processesDir, Path dmnDir, Path formsDir, Set<String> subscribedTopics,
      Map<String, WorkerDeclaration> workers, Set<String> beanNames, List<ModelFile<BpmnModelInstance>> processes) {
    List<Violation> violations = new ArrayList<>();
    check(processesDir, dmnDir, formsDir, subscribedTopics, workers, beanNames, processes, violations);
    sort(violations);
    return violations;
  }

  private static void check(Path processesDir, Path dmnDir, Path formsDir, Set<String> subscribedTopics,
      Map<String, WorkerDeclaration> workers, Set<String> beanNames, List<ModelFile<BpmnModelInstance>> processes,
      List<Violation> violations) {

    Set<String> formIds = new HashSet<>();
    FormReader formReader = new FormReader();
    for (Path file : files(formsDir, ".form")) {
      FormReader.Result result = formReader.read(file, displayName(formsDir, file), baseName(file, ".form"));
      if (result.failure() != null) {
        violations.add(result.failure());
      } else {
        formIds.add(result.form().id());
        FormRules.check(result.form(), violations);
      }
    }

    Set<String> decisionIds = new HashSet<>();
    for (ModelFile<DmnModelInstance> dmn : read(DMN_READER, dmnDir, ".dmn", violations)) {
      dmn.model().getModelElementsByType(Decision.class).forEach(d -> decisionIds.add(d.getId()));
      DecisionRules.check(dmn, violations);
    }

    ProcessRules processRules = new ProcessRules(formIds, decisionIds, Set.copyOf(subscribedTopics), workers);
    ExpressionRules expressionRules = new ExpressionRules(beanNames);
    for (ModelFile<BpmnModelInstance> bpmn : read(BPMN_READER, processesDir, ".bpmn", violations)) {
      processRules.check(bpmn, violations);
      expressionRules.check(bpmn, violations);
      processes.add(bpmn);
    }
  }

  private static void sort(List<Violation> violations) {
    violations.sort(Comparator.comparing(Violation::file)
        .thenComparing(Violation::line, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Violation::rule));
  }

  /** The conventional layout: {@code processes/}, {@code dmn/} and {@code forms/} under one root. */
  public static List<Violation> checkRepository(Path root, Set<String> subscribedTopics) {
    return check(root.resolve("processes"), root.resolve("dmn"), root.resolve("forms"), subscribedTopics);
  }

  private static <T> List<ModelFile<T>> read(XmlModelReader<T> reader, Path dir, String extension,
      List<Violation> violations) {
    List<ModelFile<T>> models = new ArrayList<>();
    for (Path file : files(dir, extension)) {
      String displayName = displayName(dir, file);
      XmlModelReader.Result<T> result = reader.read(file, displayName);
      if (result.failure() != null) {
        violations.add(result.failure());
      } else {
        models.add(new ModelFile<>(displayName, baseName(file, extension), result.model(), result.lines()));
      }
    }
    return models;
  }

  private static List<Path> files(Path dir, String extension) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(extension))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String displayName(Path dir, Path file) {
    Path dirName = dir.toAbsolutePath().normalize().getFileName();
    String relative = dir.relativize(file).toString().replace('\\', '/');
    return dirName == null ? relative : dirName + "/" + relative;
  }

  private static String baseName(Path file, String extension) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - extension.length());
  }
}
