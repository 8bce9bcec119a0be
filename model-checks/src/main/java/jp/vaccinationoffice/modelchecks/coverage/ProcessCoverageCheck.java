package jp.vaccinationoffice.modelchecks.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Merges the coverage files the tests wrote, reports the coverage of every executable process in
 * the processes directory and fails when a flow node was never reached. Processes only seen in the
 * coverage data (test fixtures) are ignored.
 */
public final class ProcessCoverageCheck {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ProcessCoverageCheck() {}

  /** Arguments: the processes directory and the coverage directory. Exits 1 when a flow node was never reached. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ProcessCoverageCheck <processes dir> <coverage dir>");
      System.exit(2);
    }
    CoverageCheckResult result = run(Path.of(args[0]), Path.of(args[1]), System.out);
    if (!result.passed()) {
      System.exit(1);
    }
  }

  /** Writes {@code <coverageDir>/report/<processId>.json} and a summary to {@code out}. */
  public static CoverageCheckResult run(Path processesDir, Path coverageDir, PrintStream out) throws IOException {
    List<Path> coverageFiles = coverageFiles(coverageDir);
    CoverageData data = new CoverageData();
    for (Path file : coverageFiles) {
      data.merge(CoverageData.read(file));
    }
    List<ProcessCoverageReport> reports = new ArrayList<>();
    for (ProcessModel process : ProcessModels.read(processesDir)) {
      reports.add(ProcessCoverageReport.of(process, data));
    }
    CoverageCheckResult result = new CoverageCheckResult(reports, coverageFiles.size());
    writeReports(coverageDir.resolve("report"), reports);
    printSummary(result, coverageDir, out);
    return result;
  }

  private static List<Path> coverageFiles(Path coverageDir) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(coverageDir)) {
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(coverageDir, "coverage-*.json")) {
        stream.forEach(files::add);
      }
    }
    files.sort(null);
    return files;
  }

  private static void writeReports(Path reportDir, List<ProcessCoverageReport> reports) throws IOException {
    Files.createDirectories(reportDir);
    for (ProcessCoverageReport report : reports) {
      JSON.writeValue(reportDir.resolve(report.processId() + ".json").toFile(), report);
    }
  }

  private static void printSummary(CoverageCheckResult result, Path coverageDir, PrintStream out) {
    out.printf("Process coverage: %d processes, %d coverage files in %s%n",
        result.processes().size(), result.coverageFiles(), coverageDir);
    for (ProcessCoverageReport report : result.processes()) {
      out.printf(Locale.ROOT, "  %-40s flow nodes %3d/%-3d %5.1f%%   sequence flows %3d/%-3d %5.1f%%%n",
          report.processId(),
          report.flowNodes().reachedCount(), report.flowNodes().total(), report.flowNodes().percent(),
          report.sequenceFlows().reachedCount(), report.sequenceFlows().total(), report.sequenceFlows().percent());
    }
    List<CoverageCheckResult.UnreachedFlowNode> unreached = result.unreachedFlowNodes();
    if (unreached.isEmpty()) {
      out.println("Every flow node was reached by a test.");
    } else {
      out.printf("Flow nodes no test reached (%d):%n", unreached.size());
      unreached.forEach(node -> out.println("  " + node));
    }
  }
}
