package jp.vaccinationoffice.caseserver.accounts;

import java.util.List;
import org.springframework.core.env.Environment;

/**
 * A feature whose system accounts take their passwords from the configuration: the start-up check
 * holds each of them to the password policy.
 */
public interface ConfiguredPasswordSource {

  /** A configured password, the account it is for, and what to tell the operator when it is weak. */
  record ConfiguredPassword(String userId, String password, String what, String alternative) {}

  List<ConfiguredPassword> configuredPasswords(Environment environment);
}
