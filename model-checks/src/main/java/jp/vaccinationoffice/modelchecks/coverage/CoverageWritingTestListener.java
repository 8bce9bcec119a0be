package jp.vaccinationoffice.modelchecks.coverage;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the JVM's process coverage when the JUnit Platform test plan finishes; registered through
 * {@code META-INF/services}, so every test JVM with this module on its class path has it.
 */
public class CoverageWritingTestListener implements TestExecutionListener {

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    CoverageCollector.jvmWide().writeQuietly();
  }
}
