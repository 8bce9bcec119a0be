package jp.vaccinationoffice.workers.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Connection settings of the national systems, prefix {@code national-systems}. */
@ConfigurationProperties("national-systems")
public class NationalSystemsProperties {

  private final NationalSystemProperties vrs = new NationalSystemProperties();
  private final NationalSystemProperties registry = new NationalSystemProperties();
  private final NationalSystemProperties intermediate = new NationalSystemProperties();

  public NationalSystemProperties getVrs() {
    return vrs;
  }

  public NationalSystemProperties getRegistry() {
    return registry;
  }

  public NationalSystemProperties getIntermediate() {
    return intermediate;
  }
}
