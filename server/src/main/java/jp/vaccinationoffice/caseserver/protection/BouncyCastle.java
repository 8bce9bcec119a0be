package jp.vaccinationoffice.caseserver.protection;

import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The JCA provider of every cipher and MAC of personal-data protection. Registered once, at the end
 * of the provider list, so that it is used where named and nothing else in the JVM changes.
 */
final class BouncyCastle {

  private static final Provider PROVIDER = register();

  private BouncyCastle() {}

  static Provider provider() {
    return PROVIDER;
  }

  private static synchronized Provider register() {
    Provider registered = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
    if (registered != null) {
      return registered;
    }
    Provider provider = new BouncyCastleProvider();
    Security.addProvider(provider);
    return provider;
  }
}
