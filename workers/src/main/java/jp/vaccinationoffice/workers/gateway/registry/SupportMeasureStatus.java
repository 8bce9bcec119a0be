package jp.vaccinationoffice.workers.gateway.registry;

/** Whether a resident is under a support measure (支援措置); unknown when not registered. */
public record SupportMeasureStatus(Outcome outcome, Boolean supportMeasure) {

  public enum Outcome {
    REGISTERED,
    NOT_REGISTERED
  }

  public boolean underSupportMeasure() {
    return Boolean.TRUE.equals(supportMeasure);
  }
}
