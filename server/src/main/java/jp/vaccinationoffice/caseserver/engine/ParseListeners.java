package jp.vaccinationoffice.caseserver.engine;

import jp.vaccinationoffice.caseserver.engineconfig.PluginConfiguration;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Adds a plugin's BPMN parse listener beside those other plugins added, for the engine
 * configuration's {@code preInit}: the configuration starts without a list, and a list another
 * plugin set may not be modifiable.
 */
public final class ParseListeners {

  private ParseListeners() {}

  /** A listener that runs after the engine's own parsing of each element. */
  public static void addAfterTheEngine(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    configuration.setCustomPostBPMNParseListeners(
        PluginConfiguration.plus(configuration.getCustomPostBPMNParseListeners(), listener));
  }

  /** A listener that runs before the engine's own parsing of each element. */
  public static void addBeforeTheEngine(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    configuration.setCustomPreBPMNParseListeners(
        PluginConfiguration.plus(configuration.getCustomPreBPMNParseListeners(), listener));
  }
}
