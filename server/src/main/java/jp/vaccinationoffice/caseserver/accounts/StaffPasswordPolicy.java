package jp.vaccinationoffice.caseserver.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.operaton.bpm.engine.identity.PasswordPolicy;
import org.operaton.bpm.engine.identity.PasswordPolicyRule;
import org.operaton.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The office's password policy, installed in the engine so that it holds wherever a password is set
 * (Admin webapp, engine REST API, Java API, {@code /api/account/password}). It follows NIST SP
 * 800-63B and OWASP ASVS: a minimum length, no common, breached or guessable passwords, nothing
 * taken from the account itself, and no composition rules (no "one digit, one capital").
 */
@Component
public class StaffPasswordPolicy implements PasswordPolicy {

  public static final int MIN_LENGTH = 12;

  private final List<DescribedRule> rules;

  public StaffPasswordPolicy(GuessablePasswords guessable) {
    this.rules = List.of(new MinimumLength(), new NotGuessable(guessable), new NotFromAccount());
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    return List.copyOf(rules);
  }

  /** What the password lacks, in words for the person choosing it; empty when it is acceptable. */
  public List<String> violations(String password, User user) {
    if (password == null) {
      return List.of("a password is required");
    }
    return rules.stream().filter(rule -> !rule.execute(password, user)).map(DescribedRule::description).toList();
  }

  /** All the rules in words, e.g. for a message when the engine refused a password without saying why. */
  public String requirements() {
    return String.join("; ", rules.stream().map(DescribedRule::description).toList());
  }

  /** A rule that can say what it asks for. */
  interface DescribedRule extends PasswordPolicyRule {

    String description();

    @Override
    default Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    default boolean execute(String candidatePassword) {
      return execute(candidatePassword, null);
    }

    @Override
    boolean execute(String candidatePassword, User user);
  }

  /** Placeholder of the engine's own length rule, so that the Admin webapp shows it in its language. */
  static final class MinimumLength implements DescribedRule {

    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_LENGTH";
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of("minLength", Integer.toString(MIN_LENGTH));
    }

    @Override
    public boolean execute(String candidatePassword, User user) {
      return candidatePassword.codePointCount(0, candidatePassword.length()) >= MIN_LENGTH;
    }

    @Override
    public String description() {
      return "at least " + MIN_LENGTH + " characters";
    }
  }

  static final class NotGuessable implements DescribedRule {

    private final GuessablePasswords guessable;

    NotGuessable(GuessablePasswords guessable) {
      this.guessable = guessable;
    }

    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_NOT_COMMON";
    }

    @Override
    public boolean execute(String candidatePassword, User user) {
      return !guessable.isGuessable(candidatePassword);
    }

    @Override
    public String description() {
      return "not a common, breached or easily guessed password (nor a listed word with digits or symbols"
          + " added, a repeated pattern or a run along the alphabet, the digits or the keyboard)";
    }
  }

  /**
   * The user id and the e-mail address's local part (names are left out: too many everyday words
   * are someone's name). Placeholder of the engine's own user-data rule, which the Admin webapp knows.
   */
  static final class NotFromAccount implements DescribedRule {

    private static final int MIN_PART_LENGTH = 4;

    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_USER_DATA";
    }

    @Override
    public boolean execute(String candidatePassword, User user) {
      if (user == null) {
        return true;
      }
      String candidate = candidatePassword.toLowerCase(Locale.ROOT);
      String email = user.getEmail() == null ? null : user.getEmail().replaceFirst("@.*$", "");
      return Stream.of(user.getId(), email)
          .filter(part -> part != null && part.length() >= MIN_PART_LENGTH)
          .noneMatch(part -> candidate.contains(part.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String description() {
      return "not containing the user id or e-mail address";
    }
  }
}
