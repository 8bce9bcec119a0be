package jp.vaccinationoffice.caseserver.engine;

import java.util.ArrayList;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/** Installs {@link JsonValueSerializer} as the engine's format for object variables. */
@Component
class JsonVariables extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var serializers = new ArrayList<TypedValueSerializer>();
    if (configuration.getCustomPreVariableSerializers() != null) {
      serializers.addAll(configuration.getCustomPreVariableSerializers());
    }
    serializers.add(new JsonValueSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
    configuration.setDefaultSerializationFormat(JsonValueSerializer.FORMAT);
  }
}
