package jp.vaccinationoffice.simulators.support;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What every simulated system answers besides its own operations, under its own path: the log of
 * calls it received ({@code GET calls}) and the faults it is told to simulate ({@code faults}).
 */
public abstract class SimulatedSystemController {

  private final SimulatedSystem<?> simulation;

  protected SimulatedSystemController(SimulatedSystem<?> simulation) {
    this.simulation = simulation;
  }

  @GetMapping("/calls")
  public List<CallRecord> calls(
      @RequestParam(required = false) String municipalityCode, @RequestParam(required = false) String operation) {
    return simulation.calls(municipalityCode, operation);
  }

  @PostMapping("/faults")
  public List<ActiveFault> setFault(@RequestBody FaultRequest request) {
    return simulation.setFault(request);
  }

  @GetMapping("/faults")
  public List<ActiveFault> faults() {
    return simulation.faults();
  }
}
