package jp.vaccinationoffice.simulators.vrs;

import jp.vaccinationoffice.simulators.SimulatorsProperties;
import jp.vaccinationoffice.simulators.support.FaultHold;
import jp.vaccinationoffice.simulators.support.SimulatedSystem;
import org.springframework.stereotype.Component;

/** Call log, faults and idempotent replay of the VRS simulator. */
@Component
public class VrsSimulation extends SimulatedSystem<VrsOperation> {

  public VrsSimulation(FaultHold hold, SimulatorsProperties properties) {
    super("VRS", VrsOperation.class, hold, properties);
  }
}
