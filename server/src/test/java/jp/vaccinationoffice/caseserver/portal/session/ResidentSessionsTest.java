package jp.vaccinationoffice.caseserver.portal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class ResidentSessionsTest {

  private final MovableClock clock = new MovableClock();
  private JdbcTemplate jdbc;
  private ResidentSessions sessions;

  @BeforeEach
  void migrate() {
    SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
        "jdbc:h2:mem:resident-sessions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2").load()
        .migrate();
    jdbc = new JdbcTemplate(dataSource);
    sessions = new ResidentSessions(jdbc, clock);
  }

  @Test
  void aSessionLivesWhileUsedAndEndsAfterFifteenIdleMinutes() {
    ResidentPrincipal resident = new ResidentPrincipal("resident-1", "352063");
    String token = sessions.open(resident);

    clock.advance(Duration.ofMinutes(14));
    assertThat(sessions.resume(token)).contains(resident);
    clock.advance(Duration.ofMinutes(14));
    assertThat(sessions.resume(token)).as("each request renews the idle time").contains(resident);
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(sessions.resume(token)).isEmpty();
  }

  @Test
  void anEndedSessionStaysEnded() {
    String token = sessions.open(new ResidentPrincipal("resident-2", "352063"));

    sessions.end(token);

    assertThat(sessions.resume(token)).isEmpty();
  }

  @Test
  void theTokenIsNeverStoredAndAnotherTokenOpensNothing() {
    String token = sessions.open(new ResidentPrincipal("resident-3", "352063"));

    assertThat(jdbc.queryForList("SELECT token_hash FROM resident_session", String.class))
        .hasSize(1).noneMatch(stored -> stored.contains(token));
    assertThat(token).hasSize(43);
    assertThat(sessions.resume(token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A'))).isEmpty();
    assertThat(sessions.resume("short")).isEmpty();
    assertThat(sessions.resume(null)).isEmpty();
  }

  private static final class MovableClock extends Clock {

    private Instant now = Instant.parse("2026-12-06T01:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Tokyo");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
