package jp.vaccinationoffice.simulators;

import java.util.List;
import jp.vaccinationoffice.simulators.support.Resettable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /sim/reset}: forgets all data, calls, faults and idempotent answers of all simulators. */
@RestController
public class ResetController {

  private final List<Resettable> state;

  public ResetController(List<Resettable> state) {
    this.state = state;
  }

  @PostMapping("/sim/reset")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void reset() {
    state.forEach(Resettable::reset);
  }
}
