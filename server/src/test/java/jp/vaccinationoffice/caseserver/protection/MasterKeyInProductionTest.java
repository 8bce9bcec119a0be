package jp.vaccinationoffice.caseserver.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import jp.vaccinationoffice.caseserver.CaseServerApplication;
import jp.vaccinationoffice.caseserver.startup.StartupRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Production never generates a master key: it starts with the one it is given, or not at all. */
@ExtendWith(OutputCaptureExtension.class)
class MasterKeyInProductionTest {

  private static final String PASSWORD = "keystore-password-for-tests";

  @Test
  void refusesToStartWithoutAMasterKeyAndSaysWhatToSet(@TempDir Path folder, CapturedOutput output) {
    Path wouldBeGenerated = folder.resolve("keys/master.p12");

    assertThatThrownBy(() -> start(folder, "--protection.master-key.generated-keystore=" + wouldBeGenerated))
        .isInstanceOf(StartupRefusedException.class);

    assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
        .contains("No master key is configured")
        .contains("Set MASTER_KEY to the base64 of 32 random bytes")
        .contains("MASTER_KEYSTORE_PASSWORD")
        .doesNotContain("\tat org.");
    assertThat(wouldBeGenerated).doesNotExist();
    assertThat(folder.resolve("keys")).doesNotExist();
  }

  @Test
  void startsWithAKeystoreAndWrapsTheMunicipalityKeysUnderIt(@TempDir Path folder) {
    Path keystore = MasterKeySourceTest.keystore(folder.resolve("."), "prod-2026", AesGcm.randomKeyBytes());
    try (ConfigurableApplicationContext prod = start(folder, "--MASTER_KEYSTORE=" + keystore,
        "--MASTER_KEYSTORE_PASSWORD=" + PASSWORD, "--MASTER_KEY_ALIAS=prod-2026")) {
      jdbcOf(prod).update("INSERT INTO municipality (code, name, created_at) VALUES ('352063', '防府市', CURRENT_TIMESTAMP)");
      PersonalDataCipher cipher = prod.getBean(PersonalDataCipher.class);
      assertThat(cipher.open("352063", cipher.seal("352063", "123456789018"))).isEqualTo("123456789018");
      assertThat(jdbcOf(prod).queryForList("SELECT DISTINCT master_key_id FROM municipality_key", String.class))
          .containsExactly("prod-2026");
    }
  }

  private static JdbcTemplate jdbcOf(ConfigurableApplicationContext context) {
    return context.getBean(JdbcTemplate.class);
  }

  private static ConfigurableApplicationContext start(Path folder, String... masterKey) {
    String[] common = {
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("case-store") + ";DB_CLOSE_ON_EXIT=FALSE",
        "--national-systems.vrs.base-url=https://vrs.example.invalid",
        "--national-systems.registry.base-url=https://registry.example.invalid",
        "--national-systems.intermediate.base-url=https://intermediate.example.invalid"};
    String[] arguments = new String[common.length + masterKey.length];
    System.arraycopy(common, 0, arguments, 0, common.length);
    System.arraycopy(masterKey, 0, arguments, common.length, masterKey.length);
    return new SpringApplicationBuilder(CaseServerApplication.class).profiles("prod").run(arguments);
  }
}
