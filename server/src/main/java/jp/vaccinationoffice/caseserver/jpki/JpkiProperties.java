package jp.vaccinationoffice.caseserver.jpki;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Prefix {@code jpki}: whom the server trusts for My Number cards and how long a challenge lives.
 * The J-LIS certificate authority's certificate comes from a file ({@code trust-anchor}, PEM or
 * DER) or, in the demo, from the simulator ({@code trust-anchor-url}); the revocation list is
 * fetched from {@code crl-url} and kept for {@code crl-cache-duration}.
 */
@ConfigurationProperties("jpki")
public class JpkiProperties {

  private String trustAnchor;
  private String trustAnchorUrl;
  private String crlUrl;
  private Duration crlCacheDuration = Duration.ofMinutes(1);
  private Duration challengeTtl = Duration.ofMinutes(2);
  private Duration fetchTimeout = Duration.ofSeconds(10);

  public String getTrustAnchor() {
    return trustAnchor;
  }

  public void setTrustAnchor(String trustAnchor) {
    this.trustAnchor = trustAnchor;
  }

  public String getTrustAnchorUrl() {
    return trustAnchorUrl;
  }

  public void setTrustAnchorUrl(String trustAnchorUrl) {
    this.trustAnchorUrl = trustAnchorUrl;
  }

  public String getCrlUrl() {
    return crlUrl;
  }

  public void setCrlUrl(String crlUrl) {
    this.crlUrl = crlUrl;
  }

  public Duration getCrlCacheDuration() {
    return crlCacheDuration;
  }

  public void setCrlCacheDuration(Duration crlCacheDuration) {
    this.crlCacheDuration = crlCacheDuration;
  }

  public Duration getChallengeTtl() {
    return challengeTtl;
  }

  public void setChallengeTtl(Duration challengeTtl) {
    this.challengeTtl = challengeTtl;
  }

  public Duration getFetchTimeout() {
    return fetchTimeout;
  }

  public void setFetchTimeout(Duration fetchTimeout) {
    this.fetchTimeout = fetchTimeout;
  }
}
