package jp.vaccinationoffice.caseserver.protection;

import static jp.vaccinationoffice.caseserver.protection.MasterKeyProperties.isSet;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.protection.Pkcs12Keystore.KeystoreException;
import jp.vaccinationoffice.caseserver.startup.StartupRefusedException;

/**
 * Finds the master key: {@code MASTER_KEY} from the environment, or a PKCS#12 keystore outside the
 * repository; in the demo profile, with neither configured, the demo's generated keystore. Anything
 * else refuses to start with what to set.
 */
class MasterKeySource {

  static final String DEFAULT_ALIAS = "master";
  private static final String HOW_TO_CONFIGURE =
      "Set MASTER_KEY to the base64 of 32 random bytes (e.g. `openssl rand -base64 32`, kept in your secret"
          + " store) and optionally MASTER_KEY_ID to name it; or set MASTER_KEYSTORE to a PKCS#12 file outside"
          + " the repository, MASTER_KEYSTORE_PASSWORD and MASTER_KEY_ALIAS (default 'master') naming an AES-256"
          + " secret key in it (`keytool -genseckey -keyalg AES -keysize 256 -storetype PKCS12 -alias master"
          + " -keystore master.p12`).";

  private final MasterKeyProperties properties;
  private final Optional<DemoMasterKeystore> demoKeystore;

  /** {@code demoKeystore}: the demo profile's generated keystore; null outside the demo profile. */
  MasterKeySource(MasterKeyProperties properties, DemoMasterKeystore demoKeystore) {
    this.properties = properties;
    this.demoKeystore = Optional.ofNullable(demoKeystore);
  }

  /** The master key a server starts with; the demo generates its keystore on the first start. */
  MasterKey forServer() {
    return configured().orElseGet(() -> {
      DemoMasterKeystore demo = demoKeystore.orElse(null);
      if (demo == null) {
        throw new StartupRefusedException(
            "No master key is configured. Personal data (My Numbers above all) is stored only encrypted under"
                + " keys that the master key protects, so the server does not start without one.",
            HOW_TO_CONFIGURE);
      }
      try {
        return demo.loadOrCreate();
      } catch (KeystoreException | UncheckedIOException e) {
        throw new StartupRefusedException("The demo master keystore cannot be used: " + e.getMessage() + ".",
            "Restore " + demo.location().getParent() + " as it was, or delete the demo's data folder (keystore and"
                + " database together) to start the demo afresh.");
      }
    });
  }

  /** The master key the stored municipality keys are wrapped with now, for the rotation command. */
  MasterKey current() {
    return configured().orElseGet(() -> {
      DemoMasterKeystore demo = demoKeystore.orElse(null);
      if (demo == null) {
        throw new StartupRefusedException("No current master key is configured.", HOW_TO_CONFIGURE);
      }
      return demo.load().orElseThrow(() -> new StartupRefusedException(
          "There is no demo master keystore at " + demo.location() + " yet, so there is nothing to rotate.",
          "Start the server once in the demo profile, or configure the current master key: " + HOW_TO_CONFIGURE));
    });
  }

  /**
   * The master key to re-wrap under: {@code NEW_MASTER_KEY}, or {@code NEW_MASTER_KEY_ALIAS} in
   * {@code NEW_MASTER_KEYSTORE} (default: the current keystore); in the demo, with neither, the next
   * version generated in the demo keystore.
   */
  NewMasterKey next(MasterKey current) {
    NewMasterKey next;
    if (isSet(properties.newKey()) && isSet(properties.newAlias())) {
      throw new StartupRefusedException("Both NEW_MASTER_KEY and NEW_MASTER_KEY_ALIAS are set.",
          "Name the new master key one way only.");
    } else if (isSet(properties.newKey())) {
      MasterKey key = fromEnvironment("NEW_MASTER_KEY", properties.newKey(), properties.newKeyId());
      next = new NewMasterKey(key, () -> { },
          "Set MASTER_KEY to the value of NEW_MASTER_KEY"
              + (isSet(properties.newKeyId()) ? " and MASTER_KEY_ID=" + key.id()
                  : " and unset MASTER_KEY_ID (the id '" + key.id() + "' is derived from the key)")
              + " before the next start; the old MASTER_KEY is no longer needed.");
    } else if (isSet(properties.newAlias())) {
      String file = isSet(properties.newKeystore()) ? properties.newKeystore() : properties.keystore();
      String password = isSet(properties.newKeystore()) ? properties.newKeystorePassword() : properties.keystorePassword();
      if (!isSet(file)) {
        throw new StartupRefusedException("NEW_MASTER_KEY_ALIAS names a key, but no keystore holds it.",
            "Set NEW_MASTER_KEYSTORE and NEW_MASTER_KEYSTORE_PASSWORD, or configure MASTER_KEYSTORE.");
      }
      MasterKey key = fromKeystore(file, password, properties.newAlias(), "NEW_MASTER_KEYSTORE");
      next = new NewMasterKey(key, () -> { },
          "Set MASTER_KEY_ALIAS=" + key.id()
              + (isSet(properties.newKeystore()) ? ", MASTER_KEYSTORE=" + file + " and its MASTER_KEYSTORE_PASSWORD" : "")
              + " before the next start; the key under the old alias is no longer needed.");
    } else if (configured().isEmpty() && demoKeystore.isPresent()) {
      DemoMasterKeystore demo = demoKeystore.get();
      MasterKey key = demo.addNextVersion();
      next = new NewMasterKey(key, () -> demo.remove(key),
          "The demo keystore " + demo.location() + " now holds '" + key.id() + "', which the next start uses.");
    } else {
      throw new StartupRefusedException("No new master key is named.",
          "Set NEW_MASTER_KEY (and optionally NEW_MASTER_KEY_ID), or NEW_MASTER_KEY_ALIAS (with NEW_MASTER_KEYSTORE"
              + " and NEW_MASTER_KEYSTORE_PASSWORD when the key is in another keystore).");
    }
    if (next.key().id().equals(current.id())) {
      next.undo().run();
      throw new StartupRefusedException("The new master key has the id '" + current.id() + "' of the current one.",
          "Name the new key differently (NEW_MASTER_KEY_ID, or another alias).");
    }
    if (Arrays.equals(next.key().secretKey().getEncoded(), current.secretKey().getEncoded())) {
      next.undo().run();
      throw new StartupRefusedException("The new master key is the current key under another name.",
          "Generate a new key for the rotation.");
    }
    return next;
  }

  /** A master key to rotate to, how to take it back if the rotation fails, and what to change afterwards. */
  record NewMasterKey(MasterKey key, Runnable undo, String afterwards) {}

  private Optional<MasterKey> configured() {
    if (isSet(properties.key()) && isSet(properties.keystore())) {
      throw new StartupRefusedException("Both MASTER_KEY and MASTER_KEYSTORE are set.",
          "Configure the master key one way only.");
    }
    if (isSet(properties.key())) {
      return Optional.of(fromEnvironment("MASTER_KEY", properties.key(), properties.keyId()));
    }
    if (isSet(properties.keystore())) {
      String alias = isSet(properties.alias()) ? properties.alias() : DEFAULT_ALIAS;
      return Optional.of(fromKeystore(properties.keystore(), properties.keystorePassword(), alias, "MASTER_KEYSTORE"));
    }
    return Optional.empty();
  }

  private static MasterKey fromEnvironment(String variable, String value, String id) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(value.replaceAll("\\s", "").replace('-', '+').replace('_', '/'));
    } catch (IllegalArgumentException e) {
      throw new StartupRefusedException(variable + " is not base64.", HOW_TO_CONFIGURE);
    }
    if (key.length != AesGcm.KEY_BYTES) {
      throw new StartupRefusedException(
          variable + " decodes to " + key.length + " bytes; a master key is " + AesGcm.KEY_BYTES + " random bytes (AES-256).",
          HOW_TO_CONFIGURE);
    }
    return MasterKey.of(isSet(id) ? id.strip() : "env-" + MasterKey.checkValue(key), key);
  }

  private static MasterKey fromKeystore(String location, String password, String alias, String variable) {
    if (location.startsWith("classpath:")) {
      throw new StartupRefusedException(variable + " points into the application's classpath (" + location
          + "): a master key must never ship with the code.", HOW_TO_CONFIGURE);
    }
    Path file = Path.of(location).toAbsolutePath().normalize();
    insideRepository(file).ifPresent(repository -> {
      throw new StartupRefusedException(variable + " lies inside the git work tree " + repository
          + ", from where it could be committed: a master key must never be kept in the repository.",
          "Move the keystore outside the repository (e.g. /etc/vaccination-office/master.p12, readable by the"
              + " server's account only) and set " + variable + " to its new place.");
    });
    if (!isSet(password)) {
      throw new StartupRefusedException(variable + " is set but its password is not.",
          "Set " + variable + "_PASSWORD from your secret store.");
    }
    try {
      Pkcs12Keystore keystore = Pkcs12Keystore.load(file, password.toCharArray());
      if (!keystore.contains(alias)) {
        throw new StartupRefusedException("The keystore " + file + " has no key under the alias '" + alias
            + "' (it has " + keystore.aliases() + ").",
            "Add one: keytool -genseckey -keyalg AES -keysize 256 -storetype PKCS12 -alias " + alias
                + " -keystore " + file + ", or name an alias it has.");
      }
      return keystore.masterKey(alias);
    } catch (KeystoreException e) {
      throw new StartupRefusedException("The master key cannot be read: " + e.getMessage() + ".",
          "Check " + variable + ", its password and the alias. " + HOW_TO_CONFIGURE);
    }
  }

  private static Optional<Path> insideRepository(Path file) {
    for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
      if (Files.exists(folder.resolve(".git"))) {
        return Optional.of(folder);
      }
    }
    return Optional.empty();
  }
}
