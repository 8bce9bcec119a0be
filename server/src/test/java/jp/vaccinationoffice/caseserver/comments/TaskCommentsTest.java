package jp.vaccinationoffice.caseserver.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskCommentsTest {

  @ParameterizedTest
  @ValueSource(strings = {"本人に電話で確認済み", "接種券番号 3520600001 を再発行", "電話 083-123-4567", "123456789012 は検査用の番号"})
  void ordinaryCommentsAreKept(String message) {
    assertThat(TaskComments.refusal(message)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"個人番号 123456789018", "1234 5678 9018", "1234-5678-9018", "１２３４５６７８９０１８", "", "  "})
  void myNumbersAndEmptyCommentsAreRefused(String message) {
    assertThat(TaskComments.refusal(message)).isPresent();
    assertThat(TaskComments.refusal(message).get()).doesNotContain("123456789018");
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, 1001})
  void commentsAreAtMostAThousandCharacters(int length) {
    assertThat(TaskComments.refusal("あ".repeat(length)).isPresent()).isEqualTo(length > 1000);
  }
}
