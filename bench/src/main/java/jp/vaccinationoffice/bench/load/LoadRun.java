package jp.vaccinationoffice.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.vaccinationoffice.bench.report.RunResult;

/**
 * Drives {@code cases} cases with {@code concurrency} client threads, each running one case after
 * the other. With a positive {@code ratePerSecond}, case {@code i} starts no earlier than
 * {@code i / rate} seconds after the first (an arrival rate, still at most {@code concurrency} open).
 */
public final class LoadRun {

  private static final int FAILURES_KEPT = 5;

  private final int cases;
  private final int concurrency;
  private final double ratePerSecond;

  public LoadRun(int cases, int concurrency, double ratePerSecond) {
    if (cases < 1 || concurrency < 1 || ratePerSecond < 0) {
      throw new IllegalArgumentException("cases and concurrency must be positive, the rate not negative");
    }
    this.cases = cases;
    this.concurrency = concurrency;
    this.ratePerSecond = ratePerSecond;
  }

  public RunResult run(String label, CaseDriver driver) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    List<CaseTiming> timings = Collections.synchronizedList(new ArrayList<>());
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failed = new AtomicInteger();
    long firstStart = System.nanoTime();
    ExecutorService clients = Executors.newFixedThreadPool(concurrency);
    for (int t = 0; t < concurrency; t++) {
      clients.execute(() -> {
        for (int index = next.getAndIncrement(); index < cases; index = next.getAndIncrement()) {
          awaitArrival(firstStart, index);
          try {
            timings.add(driver.run(index));
          } catch (Exception e) {
            failed.incrementAndGet();
            if (failures.size() < FAILURES_KEPT) {
              failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
          }
        }
      });
    }
    clients.shutdown();
    if (!clients.awaitTermination(1, TimeUnit.HOURS)) {
      clients.shutdownNow();
    }
    failures.forEach(failure -> System.err.println(label + ": case failed: " + failure));
    return RunResult.of(label, cases, concurrency, failed.get(), timings);
  }

  private void awaitArrival(long firstStart, int index) {
    if (ratePerSecond <= 0) {
      return;
    }
    long due = firstStart + (long) (index * 1_000_000_000L / ratePerSecond);
    long wait = due - System.nanoTime();
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
