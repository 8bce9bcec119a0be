package jp.vaccinationoffice.caseserver.jpki;

import static jp.vaccinationoffice.caseserver.jpki.ChallengeStoreTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import jp.vaccinationoffice.simulators.jpki.JlisCertificateAuthority;
import jp.vaccinationoffice.simulators.jpki.KeyPairFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trust anchor and the revocation list fetched over real HTTP, cached, checked and failing closed. */
class ConfiguredJlisTrustTest {

  private static final JlisCertificateAuthority JLIS = new JlisCertificateAuthority();
  private static final JlisCertificateAuthority OTHER = new JlisCertificateAuthority(
      JLIS.certificate().getSubjectX500Principal().getName(), KeyPairFolder.named("test-other-issuer"));

  private final SettableClock clock = new SettableClock(Instant.now());
  private final AtomicReference<X509CRL> published = new AtomicReference<>();
  private final AtomicInteger crlFetches = new AtomicInteger();
  private HttpServer server;
  private JpkiProperties properties;

  @BeforeEach
  void publish() throws Exception {
    published.set(JLIS.revocationList(Map.of(), clock.instant()));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ca", exchange -> {
      byte[] body = uncheckedEncoded();
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.createContext("/crl", exchange -> {
      crlFetches.incrementAndGet();
      X509CRL crl = published.get();
      if (crl == null) {
        exchange.sendResponseHeaders(503, -1);
        exchange.close();
        return;
      }
      byte[] body = encoded(crl);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    properties = new JpkiProperties();
    properties.setTrustAnchorUrl(base() + "/ca");
    properties.setCrlUrl(base() + "/crl");
    properties.setCrlCacheDuration(Duration.ofMinutes(1));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void theListIsFetchedOnceForTheCacheDurationThenAgain() {
    ConfiguredJlisTrust trust = new ConfiguredJlisTrust(properties, clock);

    assertThat(trust.authority()).isEqualTo(JLIS.certificate());
    trust.revocationList();
    clock.advance(Duration.ofSeconds(59));
    trust.revocationList();
    assertThat(crlFetches).hasValue(1);

    published.set(JLIS.revocationList(Map.of(BigInteger.TEN, clock.instant()), clock.instant()));
    clock.advance(Duration.ofSeconds(2));
    assertThat(trust.revocationList().getRevokedCertificate(BigInteger.TEN)).isNotNull();
    assertThat(crlFetches).hasValue(2);
  }

  @Test
  void aListSignedByAnotherAuthorityIsNeverUsed() {
    published.set(OTHER.revocationList(Map.of(), clock.instant()));

    assertRefused(() -> new ConfiguredJlisTrust(properties, clock).revocationList(), RefusalReason.JLIS_TRUST_UNAVAILABLE);
  }

  @Test
  void whileJlisIsUnreachableTheLastListServesUntilItsNextUpdateThenNoCardIsAccepted() {
    ConfiguredJlisTrust trust = new ConfiguredJlisTrust(properties, clock);
    X509CRL first = trust.revocationList();
    published.set(null);

    clock.advance(Duration.ofHours(23));
    assertThat(trust.revocationList()).isEqualTo(first);

    clock.advance(Duration.ofHours(2));
    assertRefused(trust::revocationList, RefusalReason.JLIS_TRUST_UNAVAILABLE);
  }

  @Test
  void withoutATrustAnchorNoCardIsAccepted() {
    properties.setTrustAnchorUrl(null);

    assertRefused(() -> new ConfiguredJlisTrust(properties, clock).authority(), RefusalReason.JLIS_TRUST_UNAVAILABLE);
  }

  @Test
  void theTrustAnchorCanBeAPemFile(@TempDir Path directory) throws Exception {
    Path pem = directory.resolve("jlis-ca.pem");
    Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(JLIS.certificate().getEncoded())
        + "\n-----END CERTIFICATE-----\n");
    properties.setTrustAnchorUrl(null);
    properties.setTrustAnchor(pem.toString());

    assertThat(new ConfiguredJlisTrust(properties, clock).authority()).isEqualTo(JLIS.certificate());
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static byte[] uncheckedEncoded() {
    try {
      return JLIS.certificate().getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] encoded(X509CRL crl) {
    try {
      return crl.getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
