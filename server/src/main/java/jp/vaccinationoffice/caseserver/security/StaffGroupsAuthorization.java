package jp.vaccinationoffice.caseserver.security;

import jp.vaccinationoffice.caseserver.engineconfig.PluginConfiguration;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.interceptor.Session;
import org.operaton.bpm.engine.impl.interceptor.SessionFactory;
import org.operaton.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/** Installs {@link StaffGroupsAuthorizationManager} as the engine's authorization manager. */
@Component
class StaffGroupsAuthorization extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    SessionFactory staffGroups = new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new StaffGroupsAuthorizationManager();
      }
    };
    configuration.setCustomSessionFactories(
        PluginConfiguration.plus(configuration.getCustomSessionFactories(), staffGroups));
  }
}
