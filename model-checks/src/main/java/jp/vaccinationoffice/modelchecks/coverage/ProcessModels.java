package jp.vaccinationoffice.modelchecks.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BoundaryEvent;
import org.operaton.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.operaton.bpm.model.bpmn.instance.FlowElement;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;

/** Reads the executable processes of a directory of BPMN files; non-executable pools cannot be run. */
final class ProcessModels {

  private ProcessModels() {}

  static List<ProcessModel> read(Path processesDir) throws IOException {
    List<ProcessModel> models = new ArrayList<>();
    for (Path file : bpmnFiles(processesDir)) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      String fileName = processesDir.toAbsolutePath().normalize().getFileName() + "/"
          + processesDir.relativize(file).toString().replace('\\', '/');
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.isExecutable()) {
          models.add(new ProcessModel(process.getId(), fileName,
              elementsOf(model, process, FlowNode.class, ProcessModels::isRecordable),
              elementsOf(model, process, SequenceFlow.class, flow -> true)));
        }
      }
    }
    models.sort(Comparator.comparing(ProcessModel::id));
    return models;
  }

  /**
   * A compensation boundary event never starts an activity instance: it only links the compensated
   * activity to its handler, so no test can ever be seen passing it.
   */
  private static boolean isRecordable(FlowNode node) {
    return !(node instanceof BoundaryEvent boundary
        && !boundary.getChildElementsByType(CompensateEventDefinition.class).isEmpty());
  }

  private static <T extends FlowElement> List<ProcessModel.Element> elementsOf(BpmnModelInstance model,
      Process process, Class<T> type, Predicate<T> include) {
    return model.getModelElementsByType(type).stream()
        .filter(element -> owningProcess(element) == process)
        .filter(include)
        .map(element -> new ProcessModel.Element(element.getId(), element.getName()))
        .sorted(Comparator.comparing(ProcessModel.Element::id))
        .toList();
  }

  /** Elements of sub-processes belong to the process around them. */
  private static Process owningProcess(ModelElementInstance element) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent instanceof Process process) {
        return process;
      }
    }
    return null;
  }

  private static List<Path> bpmnFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no processes directory at " + dir.toAbsolutePath());
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
