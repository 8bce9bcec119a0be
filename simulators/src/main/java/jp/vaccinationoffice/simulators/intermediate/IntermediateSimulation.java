package jp.vaccinationoffice.simulators.intermediate;

import jp.vaccinationoffice.simulators.SimulatorsProperties;
import jp.vaccinationoffice.simulators.support.FaultHold;
import jp.vaccinationoffice.simulators.support.SimulatedSystem;
import org.springframework.stereotype.Component;

/** Call log, faults and idempotent replay of the intermediate-server simulator. */
@Component
public class IntermediateSimulation extends SimulatedSystem<IntermediateOperation> {

  public IntermediateSimulation(FaultHold hold, SimulatorsProperties properties) {
    super("INTERMEDIATE", IntermediateOperation.class, hold, properties);
  }
}
