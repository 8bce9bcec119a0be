package jp.vaccinationoffice.workers.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/**
 * Gateways against the running simulators over real HTTP, with the call table created by the
 * shipped migration script on an in-memory H2 database. The read timeout is 1 s.
 */
abstract class GatewayTest {

  static final String TARO_DIGITS = "123456789018";
  static final MyNumber TARO = MyNumber.parse(TARO_DIGITS);
  static final MunicipalityCode HOFU = MunicipalityCode.parse("352063");
  static final MunicipalityCode UBE = MunicipalityCode.parse("352021");
  static final MunicipalityCode CHIYODA = MunicipalityCode.parse("131016");
  /** Well-formed, valid check digit, but no such municipality: the national systems refuse it. */
  static final MunicipalityCode UNKNOWN = MunicipalityCode.parse("999997");
  static final Duration READ_TIMEOUT = Duration.ofMillis(1000);

  final RunningSimulators simulators = RunningSimulators.get();
  EmbeddedDatabase database;
  JdbcTemplate jdbc;
  IdempotencyKeys keys;
  IdempotentCalls calls;

  @BeforeEach
  void setUpGatewayTest() {
    simulators.reset();
    database = new EmbeddedDatabaseBuilder()
        .setType(EmbeddedDatabaseType.H2)
        .generateUniqueName(true)
        .addScript("classpath:db/migration/V2__national_system_calls.sql")
        .build();
    jdbc = new JdbcTemplate(database);
    keys = new IdempotencyKeys(jdbc, Clock.systemUTC());
    calls = new IdempotentCalls(keys);
  }

  @AfterEach
  void tearDownGatewayTest() {
    database.shutdown();
  }

  JsonHttpClient client(NationalSystem system, String path) {
    return client(system, path, READ_TIMEOUT);
  }

  JsonHttpClient client(NationalSystem system, String path, Duration readTimeout) {
    NationalSystemProperties properties = new NationalSystemProperties();
    properties.setBaseUrl(simulators.url(path));
    properties.setConnectTimeout(Duration.ofMillis(500));
    properties.setReadTimeout(readTimeout);
    return new JsonHttpClient(system, properties);
  }

  /** A fresh case activity for each call site of a test. */
  static CallScope newScope(String activityId) {
    return CallScope.of("case-" + UUID.randomUUID(), activityId, "act-" + UUID.randomUUID());
  }

  static Map<String, Object> dose(int number, String date, String lot) {
    return Map.of("doseNumber", number, "date", date, "manufacturer", "ファイザー", "product", "コミナティ", "lot", lot);
  }

  int rowCount() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM national_system_call", Integer.class);
  }
}
