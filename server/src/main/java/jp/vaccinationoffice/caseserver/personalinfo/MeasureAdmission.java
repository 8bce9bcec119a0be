package jp.vaccinationoffice.caseserver.personalinfo;

import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Which of a suspension request's measures its process has the decision {@code request-admissible}
 * judge: the first measure the table allows on the request's ground, or the first asked for when it
 * allows none. Whether the information was disclosed before is left to the process's own evaluation;
 * here the table is asked about the measure and the ground only. The measures the table would not
 * allow are refused part by part in the decision.
 */
@Component
class MeasureAdmission {

  private final DecisionService decisions;

  MeasureAdmission(DecisionService decisions) {
    this.decisions = decisions;
  }

  String measureToJudge(List<String> measures, String ground) {
    return measures.stream().filter(measure -> allows(measure, ground)).findFirst().orElse(measures.get(0));
  }

  private boolean allows(String measure, String ground) {
    Object admissible = decisions.evaluateDecisionTableByKey("request-admissible", Map.of("requestType",
            RequestType.SUSPENSION.name(), "disclosedBefore", true, "daysSinceDisclosure", 0, "measure", measure,
            "ground", ground))
        .getSingleResult().getEntry("admissible");
    return Boolean.TRUE.equals(admissible);
  }
}
