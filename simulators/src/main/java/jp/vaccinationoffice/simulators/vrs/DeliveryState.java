package jp.vaccinationoffice.simulators.vrs;

/** Whether an inquiry reached the answering municipality's inbound endpoint. */
public enum DeliveryState {
  NOT_CONFIGURED,
  PENDING,
  DELIVERED,
  FAILED
}
