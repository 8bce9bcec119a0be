package jp.vaccinationoffice.modelchecks.coverage;

import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Engine plugin that records which flow nodes and sequence flows the engine passes. Register it in
 * every engine the tests start: as a Spring bean of type {@code ProcessEnginePlugin}, or in a plain
 * configuration's {@code getProcessEnginePlugins()}. Flow nodes come from the history event stream
 * (history level {@code activity} or higher); the engine's own database history is kept.
 */
public class ProcessCoverageRecorder extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessCoverageRecorder.class);

  private final CoverageCollector collector;

  /** Records into {@link CoverageCollector#jvmWide()}. */
  public ProcessCoverageRecorder() {
    this(CoverageCollector.jvmWide());
  }

  public ProcessCoverageRecorder(CoverageCollector collector) {
    this.collector = collector;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var historyHandlers = new ArrayList<>(orEmpty(configuration.getCustomHistoryEventHandlers()));
    historyHandlers.add(new FlowNodeHistoryRecorder(collector));
    configuration.setCustomHistoryEventHandlers(historyHandlers);

    var parseListeners = new ArrayList<>(orEmpty(configuration.getCustomPostBPMNParseListeners()));
    parseListeners.add(new SequenceFlowRecorder(collector));
    configuration.setCustomPostBPMNParseListeners(parseListeners);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryLevel level = configuration.getHistoryLevel();
    if (level != null && level.getId() < ProcessEngineConfigurationImpl.HISTORYLEVEL_ACTIVITY) {
      LOG.warn("History level '{}' produces no activity history: process coverage will see no flow nodes",
          level.getName());
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
