package jp.vaccinationoffice.simulators.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyPairFolderTest {

  @TempDir Path folder;

  @Test
  void aKeyIsMadeOnceKeptInTheFolderAndReadBackWhole() throws Exception {
    KeyPair made = KeyPairFolder.inFolder(folder, "jlis");
    KeyPair read = KeyPairFolder.inFolder(folder, "jlis");

    assertThat(folder.resolve("jlis.p8")).isRegularFile();
    assertThat(read.getPrivate().getEncoded()).isEqualTo(made.getPrivate().getEncoded());
    assertThat(read.getPublic()).isEqualTo(made.getPublic());
    assertThat(((RSAPublicKey) read.getPublic()).getModulus().bitLength()).isEqualTo(2048);
    assertThat(verifies(read.getPublic(), signed(read))).as("the public half read back fits the private half").isTrue();
    try (var files = Files.list(folder)) {
      assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("jlis.p8", ".lock");
    }
  }

  @Test
  void anotherNameIsAnotherKeyAndAskingAtOnceGivesEveryoneTheSameKey() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      Callable<KeyPair> ask = () -> KeyPairFolder.inFolder(folder, "card-0");
      Future<KeyPair> first = threads.submit(ask);
      Future<KeyPair> second = threads.submit(ask);
      Future<KeyPair> other = threads.submit(() -> KeyPairFolder.inFolder(folder, "card-1"));

      assertThat(second.get().getPublic()).isEqualTo(first.get().getPublic());
      assertThat(other.get().getPublic()).isNotEqualTo(first.get().getPublic());
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aFileThatHoldsNoKeyIsReplacedByANewKey() throws Exception {
    Files.writeString(folder.resolve("card-2.p8"), "not a key", StandardCharsets.UTF_8);

    KeyPair keys = KeyPairFolder.inFolder(folder, "card-2");

    assertThat(Files.readAllBytes(folder.resolve("card-2.p8"))).isEqualTo(keys.getPrivate().getEncoded());
    assertThat(KeyPairFolder.inFolder(folder, "card-2").getPublic()).isEqualTo(keys.getPublic());
  }

  @Test
  void withoutTheFolderPropertyEachKeyIsMadeFreshAndKeptNowhere() throws Exception {
    String configured = System.clearProperty(KeyPairFolder.FOLDER_PROPERTY);
    try {
      assertThat(KeyPairFolder.named("jlis").getPublic()).isNotEqualTo(KeyPairFolder.named("jlis").getPublic());
    } finally {
      if (configured != null) {
        System.setProperty(KeyPairFolder.FOLDER_PROPERTY, configured);
      }
    }
  }

  @Test
  void theBuildsTestJvmsKeepTheirKeysInOneFolder() {
    assertThat(System.getProperty(KeyPairFolder.FOLDER_PROPERTY)).as("set by the parent pom for every test JVM")
        .endsWith("target/simulated-keys");
  }

  @Test
  void aNameThatIsNoPlainFileNameIsRefused() {
    assertThatThrownBy(() -> KeyPairFolder.named("../jlis")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyPairFolder.named("")).isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] signed(KeyPair keys) throws GeneralSecurityException {
    Signature signature = Signature.getInstance(JlisCertificateAuthority.SIGNATURE_ALGORITHM);
    signature.initSign(keys.getPrivate());
    signature.update("kenmen".getBytes(StandardCharsets.UTF_8));
    return signature.sign();
  }

  private static boolean verifies(PublicKey key, byte[] signature) throws GeneralSecurityException {
    Signature check = Signature.getInstance(JlisCertificateAuthority.SIGNATURE_ALGORITHM);
    check.initVerify(key);
    check.update("kenmen".getBytes(StandardCharsets.UTF_8));
    return check.verify(signature);
  }
}
