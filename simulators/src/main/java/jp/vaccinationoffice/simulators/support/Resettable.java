package jp.vaccinationoffice.simulators.support;

/** In-memory simulator state that {@code POST /sim/reset} clears. */
public interface Resettable {

  void reset();
}
