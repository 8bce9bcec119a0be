package jp.vaccinationoffice.simulators.registry;

import jp.vaccinationoffice.simulators.SimulatorsProperties;
import jp.vaccinationoffice.simulators.support.FaultHold;
import jp.vaccinationoffice.simulators.support.SimulatedSystem;
import org.springframework.stereotype.Component;

/** Call log, faults and idempotent replay of the resident registry simulator. */
@Component
public class RegistrySimulation extends SimulatedSystem<RegistryOperation> {

  public RegistrySimulation(FaultHold hold, SimulatorsProperties properties) {
    super("REGISTRY", RegistryOperation.class, hold, properties);
  }
}
