package jp.vaccinationoffice.workers.gateway.vrs;

import java.time.Instant;

/** A vaccination ticket the VRS registered. */
public record TicketRegistration(String municipalityCode, String ticketNumber, Instant registeredAt) {

  /** The only outcome; the table records it as REGISTERED. */
  public enum Outcome {
    REGISTERED
  }
}
