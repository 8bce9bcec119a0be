package jp.vaccinationoffice.caseserver.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import jp.vaccinationoffice.caseserver.CaseServerApplication;
import jp.vaccinationoffice.caseserver.support.RawDatabaseScan;
import jp.vaccinationoffice.caseserver.support.RawDatabaseScan.Finding;
import jp.vaccinationoffice.caseserver.support.RawDatabaseScan.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The demo on its embedded H2 file database: the master keystore is generated at the first start,
 * reused at the next, and neither the database nor its raw file holds a My Number in clear.
 */
class DemoMasterKeystoreTest {

  private static final String HOFU = "352063";
  private static final String MY_NUMBER = "123456789018";

  @Test
  void generatesTheKeystoreOnceAndOpensAtTheSecondStartWhatTheFirstSealed(@TempDir Path dataDir) throws Exception {
    Path keystore = dataDir.resolve("keys/master.p12");
    String url = "jdbc:h2:file:" + dataDir.resolve("case-store") + ";DB_CLOSE_ON_EXIT=FALSE";
    String[] arguments = {"--server.port=0", "--spring.datasource.url=" + url,
        "--DEMO_PASSWORD=demo-password-for-tests", "--protection.master-key.generated-keystore=" + keystore};

    String index;
    try (ConfigurableApplicationContext first = start(arguments)) {
      assertThat(keystore).exists();
      assertThat(permissions(keystore)).isEqualTo("rw-------");
      assertThat(permissions(dataDir.resolve("keys/master.p12.password"))).isEqualTo("rw-------");
      assertThat(permissions(dataDir.resolve("keys"))).isEqualTo("rwx------");
      assertThat(first.getBean(MasterKey.class).id()).isEqualTo("demo-master-1");

      PersonalDataCipher cipher = first.getBean(PersonalDataCipher.class);
      index = cipher.index(HOFU, MY_NUMBER);
      JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
      jdbc.execute("CREATE TABLE protection_probe (id INT PRIMARY KEY, my_number VARCHAR(200), my_number_index VARCHAR(64))");
      jdbc.update("INSERT INTO protection_probe VALUES (1, ?, ?)", cipher.seal(HOFU, MY_NUMBER), index);
    }
    byte[] generated = Files.readAllBytes(keystore);

    try (ConfigurableApplicationContext second = start(arguments)) {
      assertThat(Files.readAllBytes(keystore)).isEqualTo(generated);
      assertThat(second.getBean(MasterKey.class).id()).isEqualTo("demo-master-1");
      PersonalDataCipher cipher = second.getBean(PersonalDataCipher.class);
      Map<String, Object> probe = second.getBean(JdbcTemplate.class).queryForMap("SELECT * FROM protection_probe");
      assertThat(cipher.open(HOFU, (String) probe.get("MY_NUMBER"))).isEqualTo(MY_NUMBER);
      assertThat(cipher.index(HOFU, MY_NUMBER)).isEqualTo(index).isEqualTo(probe.get("MY_NUMBER_INDEX"));

      Report report = RawDatabaseScan.scan(second.getBean(DataSource.class));
      assertThat(report.tables()).contains("PUBLIC.PROTECTION_PROBE", "PUBLIC.MUNICIPALITY_KEY", "PUBLIC.ACT_GE_BYTEARRAY",
          "PUBLIC.ACT_RU_EXECUTION", "PUBLIC.ACT_HI_PROCINST", "PUBLIC.ACT_ID_USER");
      assertThat(report.findings()).isEmpty();
    }
    assertThat(RawDatabaseScan.findMyNumbersInFiles(dataDir)).as("raw H2 file and keystore folder").isEmpty();

    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE scratch_clear (note VARCHAR(100))");
      statement.execute("INSERT INTO scratch_clear VALUES ('clear: " + MY_NUMBER + "')");
      DataSource same = new SingleConnectionDataSource(connection, true);
      assertThat(RawDatabaseScan.findMyNumbers(same))
          .containsExactly(new Finding("PUBLIC.SCRATCH_CLEAR", "NOTE", "********9018"));
    }
    assertThat(RawDatabaseScan.findMyNumbersInFiles(dataDir)).isNotEmpty()
        .allMatch(finding -> finding.table().equals("case-store.mv.db"));
  }

  private static ConfigurableApplicationContext start(String... arguments) {
    return new SpringApplicationBuilder(CaseServerApplication.class).profiles("demo").run(arguments);
  }

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
