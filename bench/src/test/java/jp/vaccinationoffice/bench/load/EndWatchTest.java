package jp.vaccinationoffice.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EndWatchTest {

  private static final Duration INTERVAL = Duration.ofMillis(50);

  @Test
  void oneQuestionAnswersEveryWaitingCaseThatHasEnded() throws Exception {
    Set<String> endedCases = ConcurrentHashMap.newKeySet();
    List<Set<String>> questions = new ArrayList<>();
    EndWatch.Probe<String> probe = open -> {
      synchronized (questions) {
        questions.add(open);
      }
      return open.stream().filter(endedCases::contains).collect(Collectors.toMap(id -> id, id -> "COMPLETED " + id));
    };
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try (EndWatch<String> watch = new EndWatch<>("test watch", INTERVAL, probe)) {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String id = "case-" + i;
        answers.add(clients.submit(() -> watch.await("case " + id, id, Duration.ofSeconds(10))));
      }
      Thread.sleep(4 * INTERVAL.toMillis());
      assertThat(answers).noneMatch(Future::isDone);
      for (int i = 0; i < 8; i++) {
        endedCases.add("case-" + i);
      }
      for (int i = 0; i < 8; i++) {
        assertThat(answers.get(i).get()).isEqualTo("COMPLETED case-" + i);
      }
    } finally {
      clients.shutdownNow();
    }
    synchronized (questions) {
      // eight waiting cases, yet each question named several of them: one question per interval, not per case
      assertThat(questions).anySatisfy(open -> assertThat(open).hasSizeGreaterThan(1));
      assertThat(questions.size()).isLessThan(40);
    }
  }

  @Test
  void aCaseThatDoesNotEndFailsAfterItsPatienceNamingTheLastFailedQuestion() throws Exception {
    EndWatch.Probe<String> failing = open -> {
      throw new java.io.IOException("GET /history/process-instance answered HTTP 503");
    };
    try (EndWatch<String> watch = new EndWatch<>("test watch", INTERVAL, failing)) {
      assertThatThrownBy(() -> watch.await("end of case 7", "case-7", Duration.ofMillis(400)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("end of case 7: not ended after")
          .hasMessageContaining("HTTP 503");
    }
  }

  @Test
  void aCaseNoLongerWaitedForIsNotAskedAbout() throws Exception {
    List<Set<String>> questions = new ArrayList<>();
    EndWatch.Probe<String> probe = open -> {
      synchronized (questions) {
        questions.add(open);
      }
      return Map.of();
    };
    try (EndWatch<String> watch = new EndWatch<>("test watch", INTERVAL, probe)) {
      assertThatThrownBy(() -> watch.await("end of case 1", "case-1", Duration.ofMillis(200)))
          .isInstanceOf(IllegalStateException.class);
      // a question the watch began before the case was given up may still be under way
      Thread.sleep(2 * INTERVAL.toMillis());
      int asked;
      synchronized (questions) {
        asked = questions.size();
      }
      Thread.sleep(4 * INTERVAL.toMillis());
      synchronized (questions) {
        assertThat(asked).isPositive();
        assertThat(questions).hasSize(asked);
      }
    }
  }
}
