package jp.vaccinationoffice.modelchecks.lint;

import java.util.List;
import org.operaton.bpm.model.dmn.DmnModelInstance;
import org.operaton.bpm.model.dmn.instance.Decision;

final class DecisionRules {

  private DecisionRules() {}

  static void check(ModelFile<DmnModelInstance> file, List<Violation> violations) {
    List<Decision> decisions = List.copyOf(file.model().getModelElementsByType(Decision.class));
    // In a DRD with several decisions only one of them can carry the file's name.
    if (!decisions.isEmpty() && decisions.stream().noneMatch(d -> file.baseName().equals(d.getId()))) {
      Decision first = decisions.get(0);
      String message = decisions.size() == 1
          ? "decision id differs from the file name '" + file.baseName() + "'"
          : "no decision of this DRD has the file name '" + file.baseName() + "' as id";
      violations.add(file.violation(first.getId(), Rule.DECISION_ID_MATCHES_FILE, message));
    }
    for (Decision decision : decisions) {
      if (Names.isBlank(decision.getName())) {
        violations.add(file.violation(decision.getId(), Rule.ELEMENT_NAMED, "decision has no name"));
      }
      if (Names.isBlank(decision.getOperatonHistoryTimeToLiveString())) {
        violations.add(file.violation(decision.getId(), Rule.DECISION_HISTORY_TTL,
            "decision has no operaton:historyTimeToLive"));
      }
    }
  }
}
