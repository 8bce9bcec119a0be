package jp.vaccinationoffice.caseserver.personalinfo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** The server's clock in a test: real time, moved forward by whole days when a test lets days pass. */
final class MovableClock extends Clock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
  private final ZoneId zone;

  MovableClock(ZoneId zone) {
    this.zone = zone;
  }

  void passDays(int days) {
    offset.updateAndGet(d -> d.plusDays(days));
  }

  void reset() {
    offset.set(Duration.ZERO);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    MovableClock clock = new MovableClock(zone);
    clock.offset.set(offset.get());
    return clock;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }
}
