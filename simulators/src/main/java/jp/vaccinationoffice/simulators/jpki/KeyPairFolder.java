package jp.vaccinationoffice.simulators.jpki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.regex.Pattern;

/**
 * Named RSA-2048 key pairs of the simulators, kept in a folder when the system property
 * {@value #FOLDER_PROPERTY} names one. The build's test JVMs set it: each of them would otherwise make
 * the same few keys again (the simulated J-LIS's, the cards' ring, the other authorities of the
 * tests), at up to two seconds of CPU a key without the optimising compiler. Without the property, as
 * in the demo and the standalone simulators, every key is made fresh and lives in memory only.
 *
 * <p>Several JVMs may ask for the same key at once: a lock on the folder's lock file lets one of them
 * make a missing key while the others wait, and a key file appears whole (written aside, then moved
 * into place) or not at all. A file that does not hold an RSA key is replaced by a new key.
 */
public final class KeyPairFolder {

  public static final String FOLDER_PROPERTY = "simulators.key-folder";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  private KeyPairFolder() {}

  /** The key pair of that name: from the folder (made and kept there if missing), or a fresh one. */
  public static KeyPair named(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a key name is 1 to 40 lower-case letters, digits and hyphens: " + name);
    }
    String folder = System.getProperty(FOLDER_PROPERTY, "");
    return folder.isBlank() ? JlisCertificateAuthority.rsaKeyPair() : inFolder(Path.of(folder), name);
  }

  /** Synchronized as well as file-locked: a JVM may hold one lock on a file at a time. */
  static synchronized KeyPair inFolder(Path folder, String name) {
    Path file = folder.resolve(name + ".p8");
    try {
      Files.createDirectories(folder);
      try (FileChannel lockFile = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
          FileLock lock = lockFile.lock()) {
        if (Files.isRegularFile(file)) {
          try {
            return read(file);
          } catch (GeneralSecurityException | ClassCastException e) {
            // not an RSA private key: made again below
          }
        }
        KeyPair keys = JlisCertificateAuthority.rsaKeyPair();
        Path aside = Files.createTempFile(folder, name, ".part");
        Files.write(aside, keys.getPrivate().getEncoded());
        Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return keys;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the simulators' key folder " + folder + " cannot be used", e);
    }
  }

  /** A PKCS#8 RSA private key holds its public half's modulus and exponent. */
  private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
    return new KeyPair(rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent())), key);
  }
}
