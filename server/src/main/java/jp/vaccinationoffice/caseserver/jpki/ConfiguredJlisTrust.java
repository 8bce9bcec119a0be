package jp.vaccinationoffice.caseserver.jpki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The trust anchor from {@code jpki.trust-anchor} (a file) or {@code jpki.trust-anchor-url}, read
 * once; the revocation list from {@code jpki.crl-url}, fetched again after {@code
 * jpki.crl-cache-duration}. A list that fails to arrive is replaced by the last good one while that
 * is not past its next update; after that no card is accepted (fail closed).
 */
@Component
class ConfiguredJlisTrust implements JlisTrust {

  private static final Logger LOG = LoggerFactory.getLogger(ConfiguredJlisTrust.class);

  private final JpkiProperties properties;
  private final Clock clock;
  private final HttpClient http;
  private X509Certificate authority;
  private X509CRL crl;
  private Instant crlFetchedAt;

  ConfiguredJlisTrust(JpkiProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(properties.getFetchTimeout()).build();
  }

  @Override
  public synchronized X509Certificate authority() {
    if (authority == null) {
      authority = loadAuthority();
    }
    return authority;
  }

  @Override
  public synchronized X509CRL revocationList() {
    Instant now = clock.instant();
    if (crl == null || !now.isBefore(crlFetchedAt.plus(properties.getCrlCacheDuration()))) {
      try {
        crl = fetchRevocationList(now);
        crlFetchedAt = now;
      } catch (IOException | GeneralSecurityException | IllegalStateException e) {
        LOG.warn("J-LIS revocation list not refreshed: {}", e.getMessage());
      }
    }
    if (crl == null || crl.getNextUpdate() == null || !now.isBefore(crl.getNextUpdate().toInstant())) {
      throw new CardRefusedException(RefusalReason.JLIS_TRUST_UNAVAILABLE);
    }
    return crl;
  }

  private X509Certificate loadAuthority() {
    try {
      byte[] encoded;
      if (properties.getTrustAnchor() != null && !properties.getTrustAnchor().isBlank()) {
        encoded = Files.readAllBytes(Path.of(properties.getTrustAnchor()));
      } else if (properties.getTrustAnchorUrl() != null && !properties.getTrustAnchorUrl().isBlank()) {
        encoded = fetch(properties.getTrustAnchorUrl());
      } else {
        LOG.warn("No J-LIS trust anchor configured (jpki.trust-anchor or jpki.trust-anchor-url): every card is refused");
        throw new CardRefusedException(RefusalReason.JLIS_TRUST_UNAVAILABLE);
      }
      X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(encoded));
      certificate.verify(certificate.getPublicKey());
      return certificate;
    } catch (IOException | GeneralSecurityException | IllegalStateException e) {
      LOG.warn("J-LIS trust anchor not loaded: {}", e.getMessage());
      throw new CardRefusedException(RefusalReason.JLIS_TRUST_UNAVAILABLE);
    }
  }

  private X509CRL fetchRevocationList(Instant now) throws IOException, GeneralSecurityException {
    if (properties.getCrlUrl() == null || properties.getCrlUrl().isBlank()) {
      throw new IllegalStateException("jpki.crl-url is not configured");
    }
    X509CRL fetched = (X509CRL) CertificateFactory.getInstance("X.509")
        .generateCRL(new ByteArrayInputStream(fetch(properties.getCrlUrl())));
    X509Certificate issuer = authority();
    if (!fetched.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
      throw new GeneralSecurityException("the revocation list is not the trusted authority's");
    }
    fetched.verify(issuer.getPublicKey());
    if (fetched.getThisUpdate().toInstant().isAfter(now.plusSeconds(300))) {
      throw new GeneralSecurityException("the revocation list is dated in the future");
    }
    return fetched;
  }

  private byte[] fetch(String url) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(properties.getFetchTimeout()).GET().build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException(url + " answered " + response.statusCode());
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + url, e);
    }
  }
}
