package jp.vaccinationoffice.modelchecks.coverage;

import java.util.List;
import java.util.Set;

/** How many elements of one kind (flow nodes or sequence flows) of a process the tests passed. */
public record ElementCoverage(int total, int reachedCount, double percent,
    List<ProcessModel.Element> reached, List<ProcessModel.Element> notReached) {

  static ElementCoverage of(List<ProcessModel.Element> elements, Set<String> reachedIds) {
    List<ProcessModel.Element> reached = elements.stream().filter(e -> reachedIds.contains(e.id())).toList();
    List<ProcessModel.Element> notReached = elements.stream().filter(e -> !reachedIds.contains(e.id())).toList();
    double percent = elements.isEmpty() ? 100.0 : Math.round(1000.0 * reached.size() / elements.size()) / 10.0;
    return new ElementCoverage(elements.size(), reached.size(), percent, reached, notReached);
  }
}
