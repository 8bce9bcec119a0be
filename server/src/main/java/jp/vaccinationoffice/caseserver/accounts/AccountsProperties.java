package jp.vaccinationoffice.caseserver.accounts;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code accounts.password-max-age}: how long a password may be used before it must be changed
 * (default 180 days). {@code accounts.system-groups}: members of these groups are system accounts
 * (the VRS system account): their passwords are set by configuration, so they do not expire, and their
 * successful sign-ins are not logged at info level.
 */
@ConfigurationProperties("accounts")
public record AccountsProperties(Duration passwordMaxAge, List<String> systemGroups) {

  public AccountsProperties {
    passwordMaxAge = passwordMaxAge == null ? Duration.ofDays(180) : passwordMaxAge;
    systemGroups = systemGroups == null ? List.of("vrssystems", "certificatechannels") : List.copyOf(systemGroups);
  }
}
