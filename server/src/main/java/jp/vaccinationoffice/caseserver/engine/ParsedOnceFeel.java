package jp.vaccinationoffice.caseserver.engine;

import jp.vaccinationoffice.caseserver.engineconfig.PluginConfiguration;
import org.operaton.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs {@link ParsedOnceFeelEngine} as the FEEL of the engine's decision tables. */
@Component
public class ParsedOnceFeel extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = PluginConfiguration.dmn(configuration);
    // the engine sets the custom function providers on this configuration before it creates FEEL
    dmn.setFeelEngineFactory(() -> new ParsedOnceFeelEngine(dmn.getFeelCustomFunctionProviders()));
  }
}
