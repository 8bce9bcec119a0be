package jp.vaccinationoffice.caseserver.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class ChallengeStoreTest {

  private static final ChallengePurpose APPLY = ChallengePurpose.ELECTRONIC_CERTIFICATE_REQUEST;

  private final JdbcTemplate jdbc = ChallengeDatabase.migrated();
  private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T01:00:00Z"));
  private final ChallengeStore store = new ChallengeStore(jdbc, clock, properties(Duration.ofMinutes(2)));
  private final ExecutorService threads = Executors.newFixedThreadPool(8);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void aChallengeIsThirtyTwoRandomBytesUsableOnce() {
    IssuedChallenge issued = store.issue(APPLY, "kiosk");
    IssuedChallenge other = store.issue(APPLY, "kiosk");

    IssuedChallenge used = store.use(issued.challengeId(), APPLY, "kiosk");

    assertThat(issued.bytes()).hasSize(32);
    assertThat(other.challenge()).isNotEqualTo(issued.challenge());
    assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2026-12-06T01:02:00Z"));
    assertThat(used.challenge()).isEqualTo(issued.challenge());
    assertRefused(() -> store.use(issued.challengeId(), APPLY, "kiosk"), RefusalReason.CHALLENGE_USED);
  }

  @Test
  void anExpiredChallengeIsRefused() {
    IssuedChallenge issued = store.issue(APPLY, "kiosk");
    clock.advance(Duration.ofMinutes(2));

    assertRefused(() -> store.use(issued.challengeId(), APPLY, "kiosk"), RefusalReason.CHALLENGE_EXPIRED);
  }

  @Test
  void aChallengeIsOnlyForItsAccountAndPurposeAndAWrongPresentationDoesNotUseItUp() {
    IssuedChallenge issued = store.issue(APPLY, "kiosk");

    assertRefused(() -> store.use(issued.challengeId(), APPLY, "app"), RefusalReason.CHALLENGE_OF_ANOTHER_CHANNEL);
    assertRefused(() -> store.use(issued.challengeId(), ChallengePurpose.PORTAL_SIGN_IN, "kiosk"),
        RefusalReason.CHALLENGE_OF_ANOTHER_CHANNEL);
    assertThat(store.use(issued.challengeId(), APPLY, "kiosk").challengeId()).isEqualTo(issued.challengeId());
  }

  @Test
  void unknownAndMalformedIdsAreRefused() {
    assertRefused(() -> store.use("8d0f2f3e-1f7c-4a43-9d55-0c7f3f4e2a11", APPLY, "kiosk"), RefusalReason.CHALLENGE_UNKNOWN);
    assertRefused(() -> store.use("'; DROP TABLE jpki_challenge; --", APPLY, "kiosk"), RefusalReason.CHALLENGE_UNKNOWN);
    assertRefused(() -> store.use(null, APPLY, "kiosk"), RefusalReason.CHALLENGE_UNKNOWN);
  }

  @Test
  void ofManySimultaneousUsesExactlyOneSucceeds() throws Exception {
    IssuedChallenge issued = store.issue(APPLY, "kiosk");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<RefusalReason>> attempts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      attempts.add(threads.submit(() -> {
        start.await();
        try {
          store.use(issued.challengeId(), APPLY, "kiosk");
          return null;
        } catch (CardRefusedException e) {
          return e.reason();
        }
      }));
    }
    start.countDown();

    List<RefusalReason> outcomes = new ArrayList<>();
    for (Future<RefusalReason> attempt : attempts) {
      outcomes.add(attempt.get());
    }
    assertThat(outcomes).filteredOn(reason -> reason == null).hasSize(1);
    assertThat(outcomes).filteredOn(reason -> reason != null).hasSize(7).containsOnly(RefusalReason.CHALLENGE_USED);
  }

  @Test
  void challengesExpiredForADayAreDeletedWhenNewOnesAreIssued() {
    IssuedChallenge old = store.issue(APPLY, "kiosk");
    clock.advance(Duration.ofDays(1).plusMinutes(3));

    store.issue(APPLY, "kiosk");

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM jpki_challenge WHERE challenge_id = ?", Integer.class,
        old.challengeId())).isZero();
    assertRefused(() -> store.use(old.challengeId(), APPLY, "kiosk"), RefusalReason.CHALLENGE_UNKNOWN);
  }

  static JpkiProperties properties(Duration ttl) {
    JpkiProperties properties = new JpkiProperties();
    properties.setChallengeTtl(ttl);
    return properties;
  }

  static void assertRefused(Runnable action, RefusalReason reason) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(CardRefusedException.class,
        refused -> assertThat(refused.reason()).isEqualTo(reason));
  }
}
