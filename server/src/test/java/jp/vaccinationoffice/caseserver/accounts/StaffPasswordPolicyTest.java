package jp.vaccinationoffice.caseserver.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.persistence.entity.UserEntity;

class StaffPasswordPolicyTest {

  static final GuessablePasswords GUESSABLE = new GuessablePasswords();
  final StaffPasswordPolicy policy = new StaffPasswordPolicy(GUESSABLE);

  @Test
  void shipsSomeTensOfThousandsOfCommonPasswords() {
    assertThat(GUESSABLE.size()).isGreaterThan(40_000);
  }

  @Test
  void acceptsLongUncommonPasswordsWithoutCompositionRules() {
    assertThat(policy.violations(CaseServerTest.DEMO_PASSWORD, null)).isEmpty();
    assertThat(policy.violations("correct horse battery staple", null)).isEmpty();
    assertThat(policy.violations("alllowercaseletters", null)).isEmpty();
    assertThat(policy.violations("k7Qm2xPz9Rw4Ht6B", null)).isEmpty();
  }

  @Test
  void countsCharactersNotBytesOrCodeUnits() {
    assertThat(policy.violations("ぼくのひみつのあいことばです", null)).isEmpty();
    assertThat(policy.violations("みじかいあいことば", null)).containsExactly("at least 12 characters");
    // twelve characters outside the basic plane: 24 UTF-16 code units, still twelve characters
    assertThat(policy.violations("😀🐶🍣🌸🚃🗻🎌🍵🐟🌊🎋🏯", null)).isEmpty();
    assertThat(policy.violations("😀🐶🍣🌸🚃🗻", null)).containsExactly("at least 12 characters");
  }

  @Test
  void refusesShortPasswords() {
    assertThat(policy.violations("k7Qm2xPz9Rw", null)).containsExactly("at least 12 characters");
  }

  @Test
  void refusesListedPasswordsWhateverTheirCase() {
    assertThat(policy.violations("qwerty123456", null)).singleElement().asString().startsWith("not a common");
    assertThat(policy.violations("QWERTY123456", null)).hasSize(1);
    assertThat(policy.violations("1qaz2wsx3edc", null)).hasSize(1);
  }

  @Test
  void refusesListedWordsWithDigitsOrSymbolsAround() {
    assertThat(policy.violations("Password2024!", null)).hasSize(1);
    assertThat(policy.violations("!!sunshine!!2025", null)).hasSize(1);
    assertThat(policy.violations("Operaton-2026", null)).hasSize(1);
    assertThat(policy.violations("yobousesshu12345", null)).hasSize(1);
  }

  @Test
  void refusesRepeatedPatternsAndRuns() {
    assertThat(policy.violations("aaaaaaaaaaaaaa", null)).hasSize(1);
    assertThat(policy.violations("abcabcabcabcabc", null)).hasSize(1);
    assertThat(policy.violations("123456789012", null)).hasSize(1);
    assertThat(policy.violations("987654321098", null)).hasSize(1);
    assertThat(policy.violations("abcdefghijklm", null)).hasSize(1);
    assertThat(policy.violations("qwertyuiopasd", null)).hasSize(1);
  }

  @Test
  void refusesRunsWithAShortTail() {
    assertThat(policy.violations("123456789000", null)).hasSize(1);
    assertThat(policy.violations("123456789123", null)).hasSize(1);
    assertThat(policy.violations("abcdefghi!!!", null)).hasSize(1);
    assertThat(GUESSABLE.isGuessable("ertyuiop7Q#")).as("a run of eight is too short to count").isFalse();
    assertThat(GUESSABLE.isGuessable("ertyuiopas7Q#k")).as("a tail of four is not short").isFalse();
  }

  @Test
  void refusesPasswordsMadeFromTheAccount() {
    UserEntity user = new UserEntity("tanakah");
    user.setFirstName("Hanako");
    user.setLastName("Tanaka");
    user.setEmail("h.tanaka@city.example");
    assertThat(policy.violations("tanakah-spring-garden", user)).containsExactly("not containing the user id or e-mail address");
    assertThat(policy.violations("TANAKAH likes green tea", user)).hasSize(1);
    assertThat(policy.violations("h.tanaka is my mail name", user)).hasSize(1);
    assertThat(policy.violations("quiet river under the bridge", user)).isEmpty();
  }

  @Test
  void theEngineSeesTheRulesTheAdminWebappDisplays() {
    assertThat(policy.getRules()).extracting(rule -> rule.getPlaceholder())
        .containsExactly("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_NOT_COMMON", "PASSWORD_POLICY_USER_DATA");
    assertThat(policy.getRules().get(0).getParameters()).containsEntry("minLength", "12");
    assertThat(policy.getRules().get(1).execute("password1234")).isFalse();
  }
}
