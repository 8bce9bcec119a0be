package jp.vaccinationoffice.simulators;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the simulators, prefix {@code simulators}. */
@ConfigurationProperties("simulators")
public class SimulatorsProperties {

  private final Faults faults = new Faults();
  private final Vrs vrs = new Vrs();

  public Faults getFaults() {
    return faults;
  }

  public Vrs getVrs() {
    return vrs;
  }

  public static class Faults {
    /** How long a TIMEOUT fault holds a request; longer than any client read timeout. */
    private Duration timeoutHold = Duration.ofSeconds(30);
    /** Delay of a SLOW fault unless the fault names its own. */
    private Duration slowDelay = Duration.ofMillis(1500);

    public Duration getTimeoutHold() {
      return timeoutHold;
    }

    public void setTimeoutHold(Duration timeoutHold) {
      this.timeoutHold = timeoutHold;
    }

    public Duration getSlowDelay() {
      return slowDelay;
    }

    public void setSlowDelay(Duration slowDelay) {
      this.slowDelay = slowDelay;
    }
  }

  public static class Vrs {
    private final Inbound inbound = new Inbound();

    public Inbound getInbound() {
      return inbound;
    }
  }

  /** Where the VRS delivers inquiries addressed to this office; unset url: inquiries stay PENDING. */
  public static class Inbound {
    private String url;
    private String username;
    private String password;
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration timeout = Duration.ofSeconds(5);

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
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

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    public Duration getTimeout() {
      return timeout;
    }

    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }
  }
}
