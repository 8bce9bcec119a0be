package jp.vaccinationoffice.caseserver.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.CaseServerApplication;
import jp.vaccinationoffice.caseserver.protection.WrappedKeyTable.MasterKeyMismatchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rotation command re-wraps every municipality key under a new master key in one transaction:
 * what was sealed before opens afterwards with the new master key alone.
 */
@ExtendWith(OutputCaptureExtension.class)
class MasterKeyRotationTest {

  private static final String HOFU = "352063";
  private static final String UBE = "352021";
  private static final String MY_NUMBER = "123456789018";
  private static final String PASSWORD = "keystore-password-for-tests";

  @Test
  void rotatesFromOneKeystoreAliasToAnotherAndTheOldKeyIsNoLongerNeeded(@TempDir Path folder, CapturedOutput output) {
    Path keystore = MasterKeySourceTest.keystore(folder, "master-1", AesGcm.randomKeyBytes());
    String url = "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("case-store") + ";DB_CLOSE_ON_EXIT=FALSE";
    String hofuToken;
    String ubeToken;
    String hofuIndex;
    try (ConfigurableApplicationContext before = start(url, keystore, "master-1")) {
      PersonalDataCipher cipher = before.getBean(PersonalDataCipher.class);
      hofuToken = cipher.seal(HOFU, MY_NUMBER);
      ubeToken = cipher.seal(UBE, MY_NUMBER);
      hofuIndex = cipher.index(HOFU, MY_NUMBER);
      cipher.index(UBE, MY_NUMBER);
    }
    MasterKeySourceTest.keystore(folder, "master-2", AesGcm.randomKeyBytes()); // as keytool -genseckey would

    int status = MasterKeyRotationCommand.run(url, "--MASTER_KEYSTORE=" + keystore, "--MASTER_KEYSTORE_PASSWORD=" + PASSWORD,
        "--MASTER_KEY_ALIAS=master-1", MasterKeyRotationCommand.OPTION, "--protection.master-key.new-alias=master-2");

    assertThat(status).isZero();
    assertThat(output.getOut()).contains("6 of 6 municipality keys re-wrapped from 'master-1' to 'master-2'")
        .contains("Set MASTER_KEY_ALIAS=master-2");
    Pkcs12Keystore withoutOldKey = Pkcs12Keystore.load(keystore, PASSWORD.toCharArray());
    withoutOldKey.remove("master-1");
    withoutOldKey.save();

    try (ConfigurableApplicationContext after = start(url, keystore, "master-2")) {
      PersonalDataCipher cipher = after.getBean(PersonalDataCipher.class);
      assertThat(cipher.open(HOFU, hofuToken)).isEqualTo(MY_NUMBER);
      assertThat(cipher.open(UBE, ubeToken)).isEqualTo(MY_NUMBER);
      assertThat(cipher.index(HOFU, MY_NUMBER)).isEqualTo(hofuIndex);
      List<Map<String, Object>> rows = after.getBean(JdbcTemplate.class)
          .queryForList("SELECT master_key_id, rewrapped_at FROM municipality_key");
      assertThat(rows).hasSize(6).allSatisfy(row -> {
        assertThat(row.get("MASTER_KEY_ID")).isEqualTo("master-2");
        assertThat(row.get("REWRAPPED_AT")).isNotNull();
      });
    }
  }

  @Test
  void rotatesFromOneEnvironmentKeyToAnother(@TempDir Path folder, CapturedOutput output) {
    byte[] oldKey = AesGcm.randomKeyBytes();
    byte[] newKey = AesGcm.randomKeyBytes();
    String url = h2File(folder);
    ProtectedDatabase database = ProtectedDatabase.migrated(url, "sa", "", HOFU, UBE);
    MasterKey oldMasterKey = MasterKey.of("env-" + MasterKey.checkValue(oldKey), oldKey);
    MasterKey newMasterKey = MasterKey.of("env-" + MasterKey.checkValue(newKey), newKey);
    PersonalDataCipher before = database.cipher(oldMasterKey);
    String token = before.seal(HOFU, MY_NUMBER);
    String index = before.index(UBE, MY_NUMBER);

    int status = MasterKeyRotationCommand.run("--spring.datasource.url=" + url, MasterKeyRotationCommand.OPTION,
        "--MASTER_KEY=" + base64(oldKey), "--NEW_MASTER_KEY=" + base64(newKey));

    assertThat(status).isZero();
    assertThat(output.getOut()).contains("2 of 2 municipality keys re-wrapped from '" + oldMasterKey.id() + "' to '"
        + newMasterKey.id() + "'").doesNotContain(base64(oldKey)).doesNotContain(base64(newKey));
    PersonalDataCipher after = database.cipher(newMasterKey);
    assertThat(after.open(HOFU, token)).isEqualTo(MY_NUMBER);
    assertThat(after.index(UBE, MY_NUMBER)).isEqualTo(index);
    assertThatThrownBy(() -> database.keys(oldMasterKey).unwrapAll())
        .isInstanceOf(MasterKeyMismatchException.class)
        .hasMessageContaining(newMasterKey.id()).hasMessageContaining(oldMasterKey.id());

    assertThat(MasterKeyRotationCommand.run("--spring.datasource.url=" + url, MasterKeyRotationCommand.OPTION,
        "--MASTER_KEY=" + base64(oldKey), "--NEW_MASTER_KEY=" + base64(newKey))).as("repeated").isZero();
    assertThat(output.getOut()).contains("0 of 2 municipality keys re-wrapped").contains("2 were under it already");
  }

  @Test
  void rotatesTheDemoKeystoreToItsNextVersion(@TempDir Path folder, CapturedOutput output) {
    Path generated = folder.resolve("keys/master.p12");
    DemoMasterKeystore demo = new DemoMasterKeystore(demoProperties(generated));
    String url = h2File(folder);
    ProtectedDatabase database = ProtectedDatabase.migrated(url, "sa", "", HOFU);
    String token = database.cipher(demo.loadOrCreate()).seal(HOFU, MY_NUMBER);

    int status = MasterKeyRotationCommand.run("--spring.datasource.url=" + url, MasterKeyRotationCommand.OPTION,
        "--protection.master-key.generated-keystore=" + generated);

    assertThat(status).isZero();
    assertThat(output.getOut()).contains("1 of 1 municipality keys re-wrapped from 'demo-master-1' to 'demo-master-2'");
    MasterKey current = demo.load().orElseThrow();
    assertThat(current.id()).isEqualTo("demo-master-2");
    Pkcs12Keystore keystore = demoKeystore(generated);
    keystore.remove("demo-master-1");
    keystore.save();
    assertThat(database.cipher(current).open(HOFU, token)).isEqualTo(MY_NUMBER);
  }

  @Test
  void aRotationThatFailsOnOneKeyChangesNoKey(@TempDir Path folder, CapturedOutput output) {
    Path generated = folder.resolve("keys/master.p12");
    DemoMasterKeystore demo = new DemoMasterKeystore(demoProperties(generated));
    String url = h2File(folder);
    ProtectedDatabase database = ProtectedDatabase.migrated(url, "sa", "", HOFU, UBE);
    MasterKey masterKey = demo.loadOrCreate();
    PersonalDataCipher cipher = database.cipher(masterKey);
    String token = cipher.seal(HOFU, MY_NUMBER);
    cipher.seal(UBE, MY_NUMBER);
    cipher.index(UBE, MY_NUMBER);
    String where = " WHERE municipality_code = '" + UBE + "' AND purpose = 'INDEX'";
    byte[] altered = Base64.getDecoder().decode(database.jdbc.queryForObject("SELECT wrapped_key FROM municipality_key" + where, String.class));
    altered[20] ^= 1;
    database.jdbc.update("UPDATE municipality_key SET wrapped_key = ?" + where, Base64.getEncoder().encodeToString(altered));
    List<Map<String, Object>> before = database.jdbc.queryForList("SELECT * FROM municipality_key ORDER BY 1, 2");

    int status = MasterKeyRotationCommand.run("--spring.datasource.url=" + url, MasterKeyRotationCommand.OPTION,
        "--protection.master-key.generated-keystore=" + generated);

    assertThat(status).isEqualTo(1);
    assertThat(output.getErr()).contains("Master key rotation failed; no key was changed.")
        .contains("does not unwrap the index key v1 of municipality 352021");
    assertThat(database.jdbc.queryForList("SELECT * FROM municipality_key ORDER BY 1, 2")).isEqualTo(before);
    assertThat(demoKeystore(generated).aliases()).as("the new demo key is taken back").containsExactly("demo-master-1");
    assertThat(ProtectedDatabase.existing(url, "sa", "").keys(masterKey).dataKey(HOFU, 1)).isPresent();
    assertThat(new AesGcmPersonalDataCipher(database.keys(masterKey)).open(HOFU, token)).isEqualTo(MY_NUMBER);
  }

  @Test
  void refusesToRotateWithTheWrongCurrentKeyOrAnUnknownNewAlias(@TempDir Path folder, CapturedOutput output) {
    byte[] key = AesGcm.randomKeyBytes();
    String url = h2File(folder);
    ProtectedDatabase database = ProtectedDatabase.migrated(url, "sa", "", HOFU);
    database.cipher(MasterKey.of("env-" + MasterKey.checkValue(key), key)).seal(HOFU, MY_NUMBER);
    List<Map<String, Object>> before = database.jdbc.queryForList("SELECT * FROM municipality_key");

    assertThat(MasterKeyRotationCommand.run("--spring.datasource.url=" + url, MasterKeyRotationCommand.OPTION,
        "--MASTER_KEY=" + base64(AesGcm.randomKeyBytes()), "--NEW_MASTER_KEY=" + base64(AesGcm.randomKeyBytes())))
        .isEqualTo(1);
    assertThat(output.getErr()).contains("is wrapped by the master key 'env-" + MasterKey.checkValue(key) + "'");

    Path keystore = MasterKeySourceTest.keystore(folder, "master-1", AesGcm.randomKeyBytes());
    assertThat(MasterKeyRotationCommand.run("--spring.datasource.url=" + url, MasterKeyRotationCommand.OPTION,
        "--MASTER_KEY=" + base64(key), "--NEW_MASTER_KEY_ALIAS=master-2", "--NEW_MASTER_KEYSTORE=" + keystore,
        "--NEW_MASTER_KEYSTORE_PASSWORD=" + PASSWORD)).isEqualTo(1);
    assertThat(output.getErr()).contains("has no key under the alias 'master-2'").contains("keytool -genseckey");
    assertThat(database.jdbc.queryForList("SELECT * FROM municipality_key")).isEqualTo(before);
  }

  private static ConfigurableApplicationContext start(String url, Path keystore, String alias) {
    return new SpringApplicationBuilder(CaseServerApplication.class).profiles("demo").run("--server.port=0", url,
        "--DEMO_PASSWORD=demo-password-for-tests", "--MASTER_KEYSTORE=" + keystore,
        "--MASTER_KEYSTORE_PASSWORD=" + PASSWORD, "--MASTER_KEY_ALIAS=" + alias);
  }

  private static MasterKeyProperties demoProperties(Path generated) {
    return new MasterKeyProperties(null, null, null, null, null, generated.toString(), null, null, null, null, null);
  }

  private static Pkcs12Keystore demoKeystore(Path generated) {
    try {
      String password = Files.readString(generated.resolveSibling("master.p12.password")).strip();
      return Pkcs12Keystore.load(generated, password.toCharArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String base64(byte[] key) {
    return Base64.getEncoder().encodeToString(key);
  }

  /**
   * An H2 file database that stays open while the test's connections come and go. Closed and opened
   * again between statements (the default), a run once found no municipality_key table right after
   * the migration had made it.
   */
  private static String h2File(Path folder) {
    return "jdbc:h2:file:" + folder.resolve("case-store") + ";DB_CLOSE_DELAY=-1";
  }
}
