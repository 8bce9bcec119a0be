package jp.vaccinationoffice.caseserver.protection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's own master key: a PKCS#12 keystore generated at the first start (by default
 * {@code ./data/keys/master.p12}) and reused afterwards, with its random password in
 * {@code master.p12.password} beside it, both readable by the owner only.
 *
 * <p>A password lying next to its keystore protects the key no better than the file permissions
 * do: whoever reads {@code ./data/} reads the key. That is acceptable for the demo, whose database
 * beside it holds synthetic residents only, and is why only the demo profile ever generates a key.
 * Production names its master key ({@code MASTER_KEY}, or a keystore whose password comes from the
 * environment) and refuses to start without one.
 *
 * <p>The newest {@code demo-master-N} alias is the current master key; rotation adds the next one.
 */
class DemoMasterKeystore {

  static final String ALIAS_PREFIX = "demo-master-";
  private static final Pattern ALIAS = Pattern.compile(Pattern.quote(ALIAS_PREFIX) + "(\\d+)");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path keystore;
  private final Path passwordFile;

  DemoMasterKeystore(MasterKeyProperties properties) {
    String location = MasterKeyProperties.isSet(properties.generatedKeystore())
        ? properties.generatedKeystore() : "./data/keys/master.p12";
    this.keystore = Path.of(location).toAbsolutePath().normalize();
    this.passwordFile = keystore.resolveSibling(keystore.getFileName() + ".password");
  }

  Path location() {
    return keystore;
  }

  /** The current demo master key, generating the keystore when there is none yet. */
  MasterKey loadOrCreate() {
    return locked(() -> {
      if (!Files.exists(keystore)) {
        create();
      }
      return load().orElseThrow();
    });
  }

  /** The current demo master key, if the keystore was generated already. */
  Optional<MasterKey> load() {
    if (!Files.exists(keystore)) {
      return Optional.empty();
    }
    Pkcs12Keystore store = open();
    return newestVersion(store).map(version -> store.masterKey(ALIAS_PREFIX + version));
  }

  /** Generates the next version, which becomes the current master key. */
  MasterKey addNextVersion() {
    return locked(() -> {
      Pkcs12Keystore store = open();
      int next = newestVersion(store).orElse(0) + 1;
      MasterKey key = MasterKey.of(ALIAS_PREFIX + next, AesGcm.randomKeyBytes());
      store.put(key.id(), key);
      store.save();
      return key;
    });
  }

  /** Takes back a version added by a rotation that then failed. */
  void remove(MasterKey key) {
    locked(() -> {
      Pkcs12Keystore store = open();
      store.remove(key.id());
      store.save();
      return null;
    });
  }

  private void create() {
    try {
      OwnerOnlyFiles.createDirectories(keystore.getParent());
      char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes()).toCharArray();
      Files.deleteIfExists(passwordFile);
      OwnerOnlyFiles.createFile(passwordFile);
      Files.writeString(passwordFile, new String(password) + "\n", StandardCharsets.US_ASCII);
      Pkcs12Keystore store = Pkcs12Keystore.empty(keystore, password);
      store.put(ALIAS_PREFIX + 1, MasterKey.of(ALIAS_PREFIX + 1, AesGcm.randomKeyBytes()));
      store.save();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the demo master keystore at " + keystore, e);
    }
  }

  private Pkcs12Keystore open() {
    try {
      char[] password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip().toCharArray();
      return Pkcs12Keystore.load(keystore, password);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo keystore password at " + passwordFile, e);
    }
  }

  private static Optional<Integer> newestVersion(Pkcs12Keystore store) {
    return store.aliases().stream()
        .map(ALIAS::matcher)
        .filter(Matcher::matches)
        .map(matcher -> Integer.parseInt(matcher.group(1)))
        .max(Comparator.naturalOrder());
  }

  /** One generation at a time, also across processes started on the same folder. */
  private synchronized <T> T locked(Supplier<T> action) {
    try {
      OwnerOnlyFiles.createDirectories(keystore.getParent());
      Path lockFile = keystore.resolveSibling(keystore.getFileName() + ".lock");
      try (FileChannel channel = OwnerOnlyFiles.openForWriting(lockFile);
          FileLock ignored = channel.lock()) {
        return action.get();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock the demo master keystore at " + keystore, e);
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
