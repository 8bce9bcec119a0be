package jp.vaccinationoffice.caseserver.protection;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Finds the master key before any other bean is made, so that a server without one (or with a
 * keystore it cannot open) stops at once, before it touches the database or builds the engine.
 * The key becomes the {@link MasterKey} bean.
 */
@Component
class MasterKeyResolution implements BeanFactoryPostProcessor, EnvironmentAware {

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    MasterKeyProperties properties = Binder.get(environment)
        .bindOrCreate("protection.master-key", MasterKeyProperties.class);
    DemoMasterKeystore demo = environment.acceptsProfiles(Profiles.of("demo")) ? new DemoMasterKeystore(properties) : null;
    beanFactory.registerSingleton("masterKey", new MasterKeySource(properties, demo).forServer());
  }
}
