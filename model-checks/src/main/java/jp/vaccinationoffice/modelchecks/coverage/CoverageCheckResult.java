package jp.vaccinationoffice.modelchecks.coverage;

import java.util.List;

/** The outcome of {@link ProcessCoverageCheck}: it passes when every flow node was reached. */
public record CoverageCheckResult(List<ProcessCoverageReport> processes, int coverageFiles) {

  public record UnreachedFlowNode(String processId, String elementId, String name) {

    @Override
    public String toString() {
      return processId + " " + elementId + (name == null ? "" : " \"" + name + "\"");
    }
  }

  public List<UnreachedFlowNode> unreachedFlowNodes() {
    return processes.stream()
        .flatMap(p -> p.flowNodes().notReached().stream()
            .map(node -> new UnreachedFlowNode(p.processId(), node.id(), node.name())))
        .toList();
  }

  public boolean passed() {
    return unreachedFlowNodes().isEmpty();
  }
}
