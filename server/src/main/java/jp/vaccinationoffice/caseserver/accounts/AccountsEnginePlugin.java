package jp.vaccinationoffice.caseserver.accounts;

import jp.vaccinationoffice.caseserver.accounts.throttle.SignInThrottle;
import jp.vaccinationoffice.caseserver.engineconfig.PluginConfiguration;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.identity.WritableIdentityProvider;
import org.operaton.bpm.engine.impl.interceptor.Session;
import org.operaton.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Installs in the engine the office's password policy (refusals answered as bad requests) and
 * {@link StaffIdentityProvider}.
 */
@Component
@EnableConfigurationProperties(AccountsProperties.class)
class AccountsEnginePlugin extends AbstractProcessEnginePlugin {

  private final StaffPasswordPolicy passwordPolicy;
  private final StaffAccountRegistry registry;
  private final SignInLog signInLog;
  private final AccountsProperties properties;
  private final SignInThrottle throttle;

  AccountsEnginePlugin(StaffPasswordPolicy passwordPolicy, StaffAccountRegistry registry, SignInLog signInLog,
      AccountsProperties properties, SignInThrottle throttle) {
    this.passwordPolicy = passwordPolicy;
    this.registry = registry;
    this.signInLog = signInLog;
    this.properties = properties;
    this.throttle = throttle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(passwordPolicy);
    configuration.setCustomPostCommandInterceptorsTxRequired(PluginConfiguration.plus(
        configuration.getCustomPostCommandInterceptorsTxRequired(), new PolicyRefusalAsBadRequest(passwordPolicy)));
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return WritableIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new StaffIdentityProvider(registry, signInLog, properties.systemGroups(), throttle);
      }
    });
  }
}
