package jp.vaccinationoffice.caseserver.modeleffects;

import jp.vaccinationoffice.caseserver.forms.DeployedForms;
import jp.vaccinationoffice.caseserver.engine.ParseListeners;
import jp.vaccinationoffice.caseserver.engineconfig.PluginConfiguration;
import org.operaton.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Installs in the engine the one mechanism that turns what the models declare into case records:
 * {@link ModelEffectsParseListener} for every flow node and user task, {@link DecisionRecording}
 * for every decision a process evaluates.
 */
@Component
class ModelEffectsPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<ModelEffects> effects;
  private final DeployedForms forms;

  ModelEffectsPlugin(ObjectProvider<ModelEffects> effects, DeployedForms forms) {
    this.effects = effects;
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterTheEngine(configuration,
        new ModelEffectsParseListener(effects::getObject, new FormCompletionCheck(forms)));

    DefaultDmnEngineConfiguration dmn = PluginConfiguration.dmn(configuration);
    dmn.setCustomPostDecisionEvaluationListeners(PluginConfiguration.plus(
        dmn.getCustomPostDecisionEvaluationListeners(), new DecisionRecording(effects::getObject)));
  }
}
