package jp.vaccinationoffice.caseserver.engine;

import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs {@link MunicipalityTenantIdProvider} in the engine. */
@Component
class MunicipalityTenancy extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new MunicipalityTenantIdProvider());
  }
}
