package jp.vaccinationoffice.modelchecks.coverage;

/** The coverage of one process, as written to {@code report/<processId>.json}. */
public record ProcessCoverageReport(String processId, String file, ElementCoverage flowNodes,
    ElementCoverage sequenceFlows) {

  static ProcessCoverageReport of(ProcessModel process, CoverageData data) {
    return new ProcessCoverageReport(process.id(), process.file(),
        ElementCoverage.of(process.flowNodes(), data.flowNodes(process.id())),
        ElementCoverage.of(process.sequenceFlows(), data.sequenceFlows(process.id())));
  }
}
