import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.vaccinationoffice.bench.load.ProcessCpu;
import jp.vaccinationoffice.common.MyNumber;

/**
 * The driver of bench/certificates for the electronic channel, as the convenience-store kiosk works:
 * before the clock starts, J-LIS (the simulator) issues a My Number card to each of the first
 * {@code cards} persons of the generated ledger (an RSA key pair each: slow, and not the office's
 * work). Then per application, the holders taking turns: a challenge from the case server, the card
 * read with the PIN at {@code /sim/jpki}, the application sent as the kiosk account, and the answer
 * with the certificate's SMART Health Card and PDF. Latency runs from asking for the challenge to
 * the PDF in hand.
 * Two modes: {@code concurrency C} keeps C applications under way (throughput); {@code rate R}
 * starts R applications per second whatever the server does, and measures each from the moment it
 * was due (so a slow server cannot hide its queue). Before the clock starts, {@code warmup}
 * applications run unmeasured, eight at a time, so that the figures are those of a server that has
 * been open for a while rather than of its first minute.
 * Usage, with the common module on the class path:
 * java -cp common/target/classes:bench/target/classes ElectronicCertificateLoad.java <base url> <password> <count> concurrency|rate <n> <cards> <warmup>
 */
public class ElectronicCertificateLoad {

  private static final Pattern CARD_ID = Pattern.compile("\"cardId\":\"([^\"]+)\"");
  private static final Pattern CHALLENGE_ID = Pattern.compile("\"challengeId\":\"([^\"]+)\"");
  private static final Pattern CHALLENGE = Pattern.compile("\"challenge\":\"([^\"]+)\"");
  private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
  private static final Pattern PDF = Pattern.compile("\"pdf\":\"([^\"]+)\"");
  private static final String[] READING_FIELDS = {"kenmen", "kenmenSignature", "cardCertificate", "challengeSignature"};
  private static final String[] FAMILY = {"髙橋", "山﨑", "佐藤", "鈴木", "田中", "渡辺", "伊藤", "中村"};
  private static final String[] GIVEN = {"太郎", "花子", "一郎", "美咲", "健", "陽菜"};

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String kiosk;
  private String[] cards;

  ElectronicCertificateLoad(String base, String password) {
    this.base = base;
    this.kiosk = "Basic " + Base64.getEncoder().encodeToString(("kiosk:" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static void main(String[] args) throws Exception {
    ElectronicCertificateLoad load = new ElectronicCertificateLoad(args[0], args[1]);
    int count = Integer.parseInt(args[2]);
    boolean paced = args[3].equals("rate");
    int n = Integer.parseInt(args[4]);
    load.issueCards(Math.min(count, Integer.parseInt(args[5])), 4);
    load.warmUp(Integer.parseInt(args[6]), 8);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failures = new AtomicInteger();
    ExecutorService threads = paced ? Executors.newCachedThreadPool() : Executors.newFixedThreadPool(n);
    ProcessCpu cpu = new ProcessCpu(serverProcess(), "driver");
    Map<String, Long> cpuBefore = cpu.snapshot();
    long start = System.nanoTime();
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int person = i;
      long due = paced ? start + (long) (i * 1e9 / n) : 0;
      if (paced) {
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
      }
      runs.add(threads.submit(() -> {
        long began = paced ? due : System.nanoTime();
        try {
          load.certificate(person);
          latencies.add((System.nanoTime() - began) / 1_000_000);
        } catch (Exception e) {
          failures.incrementAndGet();
          System.err.println("person " + person + ": " + e.getMessage());
        }
      }));
    }
    for (Future<?> run : runs) {
      run.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Double> cpuPerCertificate = ProcessCpu.perCase(cpuBefore, cpu.snapshot(), latencies.size());
    threads.shutdown();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf("%-22s %d%n%-22s %d%n%-22s %s%n%-22s %.1f s%n", "certificates", sorted.size(), "failed",
        failures.get(), "load", paced ? n + " applications/s offered" : n + " applications under way",
        "first request to last", seconds);
    if (!cpuPerCertificate.isEmpty()) {
      System.out.printf("%-22s %s%n", "CPU per certificate", ProcessCpu.describe(cpuPerCertificate));
    }
    System.out.printf("certificates_per_s=%.1f p50_ms=%d p99_ms=%d%s%n", sorted.size() / seconds, percentile(sorted, 50),
        percentile(sorted, 99), cpuPerCertificate.isEmpty() ? ""
            : " cpu_ms_per_certificate=" + ProcessCpu.millis(ProcessCpu.total(cpuPerCertificate)));
    System.exit(failures.get() == 0 ? 0 : 1);
  }

  /** The case server's pid from {@code BENCH_SERVER_PID}, as the part {@code server}; none when not set. */
  private static Map<Long, String> serverProcess() {
    String pid = System.getenv("BENCH_SERVER_PID");
    return pid == null || !pid.matches("\\d+") ? Map.of() : Map.of(Long.parseLong(pid), "server");
  }

  /** Unmeasured applications by the first card holders, {@code parallel} at a time. */
  private void warmUp(int applications, int parallel) throws Exception {
    if (applications > 0) {
      System.err.println("warming up with " + applications + " unmeasured applications ...");
      forEachPerson(applications, parallel, this::certificate);
    }
  }

  /** J-LIS issues the cards (an RSA key pair each) before the clock starts: that is not the office's work. */
  private void issueCards(int count, int parallel) throws Exception {
    System.err.println("issuing " + count + " My Number cards at /sim/jpki ...");
    cards = new String[count];
    forEachPerson(count, parallel,
        person -> cards[person] = first(CARD_ID, send("POST", "/sim/jpki/cards", card(person), 201, null)));
  }

  private interface PersonStep {
    void run(int person) throws Exception;
  }

  /** Runs {@code step} for persons 0 to {@code count - 1}, {@code parallel} at a time; the first failure is thrown. */
  private static void forEachPerson(int count, int parallel, PersonStep step) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(parallel);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int person = i;
        runs.add(threads.submit(() -> {
          step.run(person);
          return null;
        }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      threads.shutdown();
    }
  }

  /** The holder LedgerExportGenerator writes as person {@code n}, living in 防府市. */
  private static String card(int n) {
    return """
        {"myNumber":"%s","name":"%s %s","address":"山口県防府市寿町7-1","birthDate":"%04d-%02d-%02d",
         "sex":"%s","pin":"1234"}""".formatted(myNumber(n), FAMILY[n % FAMILY.length], GIVEN[n % GIVEN.length],
        1940 + n % 60, n % 12 + 1, n % 28 + 1, n % 2 == 0 ? "MALE" : "FEMALE");
  }

  private void certificate(int person) throws Exception {
    String challenge = send("POST", "/api/electronic-certificate-requests/challenges", "", 201, kiosk);
    String reading = send("POST", "/sim/jpki/cards/" + cards[person % cards.length] + "/read",
        "{\"pin\":\"1234\",\"challenge\":\"" + first(CHALLENGE, challenge) + "\"}", 200, null);
    StringBuilder application = new StringBuilder("{\"challengeId\":\"").append(first(CHALLENGE_ID, challenge))
        .append("\",\"use\":\"DOMESTIC\"");
    for (String field : READING_FIELDS) {
      application.append(",\"").append(field).append("\":\"")
          .append(first(Pattern.compile("\"" + field + "\":\"([^\"]+)\""), reading)).append('"');
    }
    String answer = send("POST", "/api/electronic-certificate-requests", application.append('}').toString(), 201, kiosk);
    if (!"ISSUED".equals(first(STATUS, answer))) {
      throw new IllegalStateException("application ended " + first(STATUS, answer));
    }
    String pdf = first(PDF, answer);
    if (pdf == null || !new String(Base64.getDecoder().decode(pdf.substring(0, 8)), StandardCharsets.US_ASCII).startsWith("%PDF-")) {
      throw new IllegalStateException("the kiosk got no PDF to print");
    }
  }

  private String send(String method, String path, String json, int expected, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
        .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
          + response.body().substring(0, Math.min(300, response.body().length())));
    }
    return response.body();
  }

  private static String first(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : null;
  }

  /** The My Number LedgerExportGenerator gives person {@code n}. */
  private static String myNumber(int n) {
    String eleven = String.format("%011d", 30_000_000_000L + n);
    return eleven + MyNumber.checkDigit(eleven);
  }

  private static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
