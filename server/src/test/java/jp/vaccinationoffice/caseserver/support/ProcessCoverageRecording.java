package jp.vaccinationoffice.caseserver.support;

import jp.vaccinationoffice.modelchecks.coverage.ProcessCoverageRecorder;
import org.operaton.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records the flow nodes and sequence flows every test passes through, in every server the tests
 * start (component scanning picks this up); the build's coverage check reads what it wrote.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessCoverageRecording {

  @Bean
  ProcessEnginePlugin processCoverageRecorder() {
    return new ProcessCoverageRecorder();
  }
}
