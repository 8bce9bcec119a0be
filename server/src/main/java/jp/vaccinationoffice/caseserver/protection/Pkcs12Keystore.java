package jp.vaccinationoffice.caseserver.protection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.crypto.SecretKey;

/**
 * A PKCS#12 file of AES secret keys, readable and writable by {@code keytool} as well. A keystore
 * whose file or password is wrong says which, never what the password is.
 */
final class Pkcs12Keystore {

  private final Path file;
  private final char[] password;
  private final KeyStore store;

  private Pkcs12Keystore(Path file, char[] password, KeyStore store) {
    this.file = file;
    this.password = password;
    this.store = store;
  }

  static Pkcs12Keystore load(Path file, char[] password) {
    if (!Files.isRegularFile(file)) {
      throw new KeystoreException("no keystore file at " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      return new Pkcs12Keystore(file, password, store);
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new KeystoreException("the password does not open the keystore " + file);
      }
      throw new KeystoreException("cannot read the keystore " + file + " as PKCS#12: " + e.getMessage());
    } catch (GeneralSecurityException e) {
      throw new KeystoreException("cannot read the keystore " + file + ": " + e.getClass().getSimpleName());
    }
  }

  static Pkcs12Keystore empty(Path file, char[] password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, password);
      return new Pkcs12Keystore(file, password, store);
    } catch (IOException | GeneralSecurityException e) {
      throw new KeystoreException("cannot create a PKCS#12 keystore: " + e.getClass().getSimpleName());
    }
  }

  Path file() {
    return file;
  }

  List<String> aliases() {
    try {
      return Collections.list(store.aliases());
    } catch (GeneralSecurityException e) {
      throw new KeystoreException("cannot list the keystore " + file);
    }
  }

  boolean contains(String alias) {
    try {
      return store.containsAlias(alias);
    } catch (GeneralSecurityException e) {
      throw new KeystoreException("cannot read the keystore " + file);
    }
  }

  MasterKey masterKey(String alias) {
    try {
      Key key = store.getKey(alias, password);
      if (key == null) {
        throw new KeystoreException("the keystore " + file + " has no key under the alias '" + alias + "'"
            + " (it has " + aliases() + ")");
      }
      if (!(key instanceof SecretKey) || key.getEncoded() == null || key.getEncoded().length != AesGcm.KEY_BYTES) {
        throw new KeystoreException("the key '" + alias + "' in " + file + " is not an AES-256 secret key");
      }
      // PKCS#12 aliases are case-insensitive: the id is the alias as the keystore keeps it
      return MasterKey.of(alias.toLowerCase(Locale.ROOT), key.getEncoded());
    } catch (GeneralSecurityException e) {
      throw new KeystoreException("cannot read the key '" + alias + "' from " + file + ": " + e.getClass().getSimpleName());
    }
  }

  void put(String alias, MasterKey key) {
    try {
      store.setEntry(alias, new KeyStore.SecretKeyEntry(key.secretKey()), new KeyStore.PasswordProtection(password));
    } catch (GeneralSecurityException e) {
      throw new KeystoreException("cannot add the key '" + alias + "': " + e.getClass().getSimpleName());
    }
  }

  void remove(String alias) {
    try {
      store.deleteEntry(alias);
    } catch (GeneralSecurityException e) {
      throw new KeystoreException("cannot remove the key '" + alias + "' from " + file);
    }
  }

  /** Writes beside the file and then moves over it, so that a crash never leaves half a keystore. */
  void save() {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.deleteIfExists(temporary);
      OwnerOnlyFiles.createFile(temporary);
      try (OutputStream out = Files.newOutputStream(temporary)) {
        store.store(out, password);
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | GeneralSecurityException e) {
      throw new KeystoreException("cannot write the keystore " + file + ": " + e.getMessage());
    }
  }

  static final class KeystoreException extends RuntimeException {
    KeystoreException(String message) {
      super(message);
    }
  }
}
