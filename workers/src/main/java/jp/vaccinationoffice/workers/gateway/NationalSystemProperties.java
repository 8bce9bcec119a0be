package jp.vaccinationoffice.workers.gateway;

import java.time.Duration;

/** Connection settings of one national system, e.g. {@code national-systems.vrs.*}. */
public class NationalSystemProperties {

  /** Base URL the operation paths are appended to, e.g. {@code http://localhost:8080/sim/vrs}. */
  private String baseUrl;
  private Duration connectTimeout = Duration.ofSeconds(5);
  /** How long to wait for the answer of one request. */
  private Duration readTimeout = Duration.ofSeconds(30);
  /** HTTP Basic credentials, sent with every request when a username is set. */
  private String username;
  private String password;
  /** A PKCS#12 trust store for TLS; unset: the JVM's default trust store. */
  private String trustStore;
  private String trustStorePassword;

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getTrustStore() {
    return trustStore;
  }

  public void setTrustStore(String trustStore) {
    this.trustStore = trustStore;
  }

  public String getTrustStorePassword() {
    return trustStorePassword;
  }

  public void setTrustStorePassword(String trustStorePassword) {
    this.trustStorePassword = trustStorePassword;
  }
}
