package jp.vaccinationoffice.workers.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Builds the TLS context that trusts the certificates of a PKCS#12 trust store. */
final class TrustStores {

  private TrustStores() {}

  static SSLContext sslContext(NationalSystem system, String path, String password) {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(in, secret);
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot read the trust store of " + system + " (" + path + "): " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
