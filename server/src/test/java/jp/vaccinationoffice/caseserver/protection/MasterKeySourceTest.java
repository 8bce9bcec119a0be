package jp.vaccinationoffice.caseserver.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import jp.vaccinationoffice.caseserver.startup.StartupRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeySourceTest {

  private static final String PASSWORD = "keystore-password-for-tests";
  private static final byte[] KEY = AesGcm.randomKeyBytes();
  private static final String KEY_BASE64 = Base64.getEncoder().encodeToString(KEY);

  @Test
  void readsTheMasterKeyFromTheEnvironment() {
    MasterKey key = source(env(KEY_BASE64, null)).forServer();
    assertThat(key.secretKey().getEncoded()).isEqualTo(KEY);
    assertThat(key.id()).matches("env-[0-9a-f]{8}").isEqualTo("env-" + MasterKey.checkValue(KEY));
    assertThat(source(env(Base64.getUrlEncoder().withoutPadding().encodeToString(KEY), "prod-2026")).forServer())
        .satisfies(named -> assertThat(named.id()).isEqualTo("prod-2026"))
        .satisfies(named -> assertThat(named.secretKey().getEncoded()).isEqualTo(KEY));
  }

  @Test
  void refusesAnEnvironmentKeyThatIsNotAnAes256KeyWithoutEchoingIt() {
    String short16 = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> source(env(short16, null)).forServer())
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("MASTER_KEY decodes to 16 bytes").hasMessageNotContaining(short16);
    assertThatThrownBy(() -> source(env("not base64 at all!", null)).forServer())
        .isInstanceOf(StartupRefusedException.class).hasMessageContaining("not base64")
        .hasMessageNotContaining("at all");
  }

  @Test
  void readsTheMasterKeyFromAPkcs12Keystore(@TempDir Path folder) {
    Path file = keystore(folder, "master", KEY);
    MasterKey key = source(keystoreAt(file, PASSWORD, null)).forServer();
    assertThat(key.id()).isEqualTo("master");
    assertThat(key.secretKey().getEncoded()).isEqualTo(KEY);
  }

  @Test
  void saysWhatIsWrongWithAKeystore(@TempDir Path folder) {
    Path file = keystore(folder, "master", KEY);
    assertThatThrownBy(() -> source(keystoreAt(file, "wrong-password", null)).forServer())
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("the password does not open the keystore").hasMessageNotContaining("wrong-password");
    assertThatThrownBy(() -> source(keystoreAt(file, PASSWORD, "missing")).forServer())
        .isInstanceOf(StartupRefusedException.class).hasMessageContaining("no key under the alias 'missing'")
        .satisfies(e -> assertThat(((StartupRefusedException) e).action()).contains("keytool -genseckey"));
    assertThatThrownBy(() -> source(keystoreAt(file, "", null)).forServer())
        .isInstanceOf(StartupRefusedException.class).hasMessageContaining("its password is not");
    assertThatThrownBy(() -> source(keystoreAt(folder.resolve("absent.p12"), PASSWORD, null)).forServer())
        .isInstanceOf(StartupRefusedException.class).hasMessageContaining("no keystore file");
  }

  @Test
  void neverReadsAMasterKeyFromTheRepository(@TempDir Path folder) throws Exception {
    Path workTree = folder.resolve("checkout");
    Files.createDirectories(workTree.resolve(".git"));
    Path file = keystore(Files.createDirectories(workTree.resolve("config")), "master", KEY);

    assertThatThrownBy(() -> source(keystoreAt(file, PASSWORD, null)).forServer())
        .isInstanceOf(StartupRefusedException.class).hasMessageContaining("inside the git work tree " + workTree);
    assertThatThrownBy(() -> source(new MasterKeyProperties(null, null, "classpath:keys/master.p12", PASSWORD, null,
        null, null, null, null, null, null)).forServer())
        .isInstanceOf(StartupRefusedException.class).hasMessageContaining("classpath");
  }

  @Test
  void refusesToStartWithoutAMasterKeyOutsideTheDemo() {
    assertThatThrownBy(() -> source(env(null, null)).forServer())
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("No master key is configured")
        .satisfies(e -> assertThat(((StartupRefusedException) e).action()).contains("MASTER_KEY", "MASTER_KEYSTORE"));
  }

  @Test
  void refusesTwoMasterKeysAtOnce(@TempDir Path folder) {
    Path file = keystore(folder, "master", KEY);
    assertThatThrownBy(() -> source(new MasterKeyProperties(KEY_BASE64, null, file.toString(), PASSWORD, null, null,
        null, null, null, null, null)).forServer())
        .isInstanceOf(StartupRefusedException.class).hasMessageContaining("Both MASTER_KEY and MASTER_KEYSTORE");
  }

  @Test
  void aNewMasterKeyMustBeANewKey() {
    MasterKeySource sameKey = source(new MasterKeyProperties(KEY_BASE64, null, null, null, null, null,
        KEY_BASE64, "renamed", null, null, null));
    assertThatThrownBy(() -> sameKey.next(sameKey.current()))
        .isInstanceOf(StartupRefusedException.class).hasMessageContaining("current key under another name");

    MasterKeySource sameId = source(new MasterKeyProperties(KEY_BASE64, "one", null, null, null, null,
        Base64.getEncoder().encodeToString(AesGcm.randomKeyBytes()), "one", null, null, null));
    assertThatThrownBy(() -> sameId.next(sameId.current()))
        .isInstanceOf(StartupRefusedException.class).hasMessageContaining("id 'one'");

    MasterKeySource unnamed = source(env(KEY_BASE64, null));
    assertThatThrownBy(() -> unnamed.next(unnamed.current()))
        .isInstanceOf(StartupRefusedException.class).hasMessageContaining("No new master key");
  }

  @Test
  void theDemoGeneratesItsKeystoreOnceAndSaysSoWhenItCannotBeOpened(@TempDir Path folder) throws Exception {
    MasterKeyProperties demo = new MasterKeyProperties(null, null, null, null, null,
        folder.resolve("keys/master.p12").toString(), null, null, null, null, null);
    MasterKey generated = new MasterKeySource(demo, new DemoMasterKeystore(demo)).forServer();
    MasterKey reused = new MasterKeySource(demo, new DemoMasterKeystore(demo)).forServer();
    assertThat(reused.id()).isEqualTo(generated.id()).isEqualTo("demo-master-1");
    assertThat(reused.secretKey().getEncoded()).isEqualTo(generated.secretKey().getEncoded());

    Files.delete(folder.resolve("keys/master.p12.password"));
    assertThatThrownBy(() -> new MasterKeySource(demo, new DemoMasterKeystore(demo)).forServer())
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("The demo master keystore cannot be used");
  }

  static Path keystore(Path folder, String alias, byte[] key) {
    Path file = folder.resolve("master.p12");
    Pkcs12Keystore keystore = Files.exists(file)
        ? Pkcs12Keystore.load(file, PASSWORD.toCharArray()) : Pkcs12Keystore.empty(file, PASSWORD.toCharArray());
    keystore.put(alias, MasterKey.of(alias, key));
    keystore.save();
    return file;
  }

  private static MasterKeyProperties env(String key, String id) {
    return new MasterKeyProperties(key, id, null, null, null, null, null, null, null, null, null);
  }

  private static MasterKeyProperties keystoreAt(Path file, String password, String alias) {
    return new MasterKeyProperties(null, null, file.toString(), password, alias, null, null, null, null, null, null);
  }

  private static MasterKeySource source(MasterKeyProperties properties) {
    return new MasterKeySource(properties, null);
  }
}
