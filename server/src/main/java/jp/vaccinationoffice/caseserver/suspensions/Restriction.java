package jp.vaccinationoffice.caseserver.suspensions;

import java.time.Instant;

/**
 * A restriction in force for a person: the measure, the request that brought it and when. {@code
 * replayed} says this answer repeats an earlier application of the same effect key; {@code
 * alreadyInForce} that another request had brought the same measure before, so nothing changed.
 * {@code erasure} is the deletion record of an ERASE, else null.
 */
public record Restriction(
    long id, Measure measure, String requestId, Instant appliedAt, boolean replayed, boolean alreadyInForce,
    Erasure erasure) {

  /** The deletion record of an erasure: what was erased (counts, never values), when, by which request. */
  public record Erasure(long id, String ledgerPersonId, int personsErased, int dosesErased, int correctionsErased,
      String requestId, Instant erasedAt) {}
}
