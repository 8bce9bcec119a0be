package jp.vaccinationoffice.caseserver.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.vaccinationoffice.caseserver.support.ProcessBranches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

/** Every branch of {@code consent-capture} on a bare engine, the clerk's answers given as the form gives them. */
class ConsentCaptureBranchesTest {

  static final String PROCESS = "consent-capture";

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessBranches.extension();

  ProcessBranches process;

  @BeforeEach
  void engine() {
    process = ProcessBranches.of(extension);
  }

  @Test
  void aSignedFormHeldRecordsTheConsentWithoutAsking() {
    String instance = process.startBefore(PROCESS, "consent-received", Map.of("formReceived", true));

    assertThat(process.endedAt(instance)).isEqualTo("consent-recorded");
  }

  @Test
  void withoutTheFormTheClerkConfirmsTheConsent() {
    String instance = process.startBefore(PROCESS, "signed-form-held", Map.of("formReceived", false));

    process.completeTask(instance, "confirm-consent", Map.of("consentAnswer", "CONFIRMED"));

    assertThat(process.endedAt(instance)).isEqualTo("consent-confirmed-by-clerk");
    assertThat(process.passed(instance)).containsSubsequence("ask-again", "confirm-consent", "consent-answer");
  }

  @Test
  void aRefusalEndsWithTheErrorTheCallerCatches() {
    String instance = process.startBefore(PROCESS, "confirm-consent", Map.of());

    process.completeTask(instance, "confirm-consent", Map.of("consentAnswer", "REFUSED"));

    assertThat(process.endedAt(instance)).isEqualTo("consent-refused");
  }

  @Test
  void notYetAsksAgainTheNextDay() {
    String instance = process.startBefore(PROCESS, "confirm-consent", Map.of());

    process.completeTask(instance, "confirm-consent", Map.of("consentAnswer", "WAITING"));
    assertThat(process.waitingAt(instance)).containsExactly("signed-form-awaited");
    process.fireTimer(instance);

    assertThat(process.waitingAt(instance)).containsExactly("confirm-consent");
    assertThat(process.passed(instance)).containsSubsequence("consent-answer", "signed-form-awaited", "ask-again",
        "confirm-consent");
  }
}
