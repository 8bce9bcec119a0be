package jp.vaccinationoffice.caseserver.engineconfig;

import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;
import org.operaton.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * What the office's engine plugins share in their {@code preInit}: the configuration's lists start
 * out missing and a list another plugin set may not be modifiable, and the decision engine's
 * configuration exists only once a plugin made it. A package of its own, depending on no feature, so
 * that any feature's plugin may use it (the staff-access features may not depend on {@code engine}).
 */
public final class PluginConfiguration {

  private PluginConfiguration() {}

  /** A new list: what {@code present} holds (when there is a list) and then {@code added}. */
  public static <T> List<T> plus(List<? extends T> present, T added) {
    List<T> items = present == null ? new ArrayList<>() : new ArrayList<>(present);
    items.add(added);
    return items;
  }

  /** The decision engine's configuration, the engine's default made and set if no plugin made it yet. */
  public static DefaultDmnEngineConfiguration dmn(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getDmnEngineConfiguration() == null) {
      configuration.setDmnEngineConfiguration(
          (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
    }
    return configuration.getDmnEngineConfiguration();
  }
}
