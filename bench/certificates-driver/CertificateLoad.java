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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.vaccinationoffice.common.MyNumber;

/**
 * The driver of bench/certificates: for each person of the generated ledger, a certificate request
 * at the counter, the clerk's verify-applicant task completed through the engine REST API, the
 * process followed to its end in the engine's history, the request read once (ISSUED) and the PDF
 * fetched. Latency runs from the request to the PDF in hand.
 * Usage, with the common module on the class path:
 * java -cp common/target/classes CertificateLoad.java <base url> <password> <count> <concurrency>
 */
public class CertificateLoad {

  private static final Pattern REQUEST_ID = Pattern.compile("\"requestId\":\"([^\"]+)\"");
  private static final Pattern TASK_ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
  private static final Pattern CERTIFICATE_ID = Pattern.compile("\"certificateId\":\"([^\"]+)\"");
  private static final String VERIFIED = "{\"variables\":{\"numberDocument\":{\"value\":\"MY_NUMBER_CARD\"},"
      + "\"identityDocument\":{\"value\":\"MY_NUMBER_CARD\"},\"passportCheck\":{\"value\":\"NOT_APPLICABLE\"}}}";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String clerk;
  private final String admin;

  CertificateLoad(String base, String password) {
    this.base = base;
    this.clerk = basic("clerk", password);
    this.admin = basic("admin", password);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static void main(String[] args) throws Exception {
    CertificateLoad load = new CertificateLoad(args[0], args[1]);
    int count = Integer.parseInt(args[2]);
    int concurrency = Integer.parseInt(args[3]);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failures = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int person = i;
      runs.add(threads.submit(() -> {
        long began = System.nanoTime();
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
    threads.shutdown();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf("%-22s %d%n%-22s %d%n%-22s %d%n%-22s %.1f s%n", "certificates", sorted.size(), "failed",
        failures.get(), "client threads", concurrency, "first request to last", seconds);
    System.out.printf("certificates_per_s=%.1f p50_ms=%d p99_ms=%d%n", sorted.size() / seconds, percentile(sorted, 50),
        percentile(sorted, 99));
    System.exit(failures.get() == 0 ? 0 : 1);
  }

  private void certificate(int person) throws Exception {
    String myNumber = myNumber(person);
    String receipt = send("POST", "/api/certificate-requests", """
        {"channel":"COUNTER","use":"DOMESTIC","myNumber":"%s",
         "applicant":{"familyName":"佐藤","givenName":"太郎","familyNameKana":"サトウ","givenNameKana":"タロウ",
                      "birthDate":"1980-04-01","sex":"MALE","address":"山口県防府市寿町7-1"}}""".formatted(myNumber), 201);
    String requestId = first(REQUEST_ID, receipt);
    String taskId = null;
    while (taskId == null) {
      String tasks = send("GET", "/engine-rest/task?processInstanceBusinessKey=" + requestId
          + "&taskDefinitionKey=verify-applicant&firstResult=0&maxResults=1", null, 200);
      Matcher id = TASK_ID.matcher(tasks);
      taskId = id.find() ? id.group(1) : null;
      if (taskId == null) {
        Thread.sleep(10);
      }
    }
    send("POST", "/engine-rest/task/" + taskId + "/complete", VERIFIED, 204);
    // the engine's history, read as admin, says when the process ended: watching adds no access-log rows
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (send("GET", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + requestId
        + "&finished=true&firstResult=0&maxResults=1", null, 200, admin).length() < 3) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("request " + requestId + " did not end in time");
      }
      Thread.sleep(25);
    }
    String view = send("GET", "/api/certificate-requests/" + requestId, null, 200);
    if (!"ISSUED".equals(first(STATUS, view))) {
      throw new IllegalStateException("request " + requestId + " ended " + first(STATUS, view));
    }
    send("GET", "/api/certificates/" + first(CERTIFICATE_ID, view) + "/pdf", null, 200);
  }

  private String send(String method, String path, String json, int expected) throws Exception {
    return send(method, path, json, expected, clerk);
  }

  private String send(String method, String path, String json, int expected, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization);
    if (json != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(method + " " + path.replaceAll("\\?.*", "") + " answered " + response.statusCode());
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
