package jp.vaccinationoffice.caseserver.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBreakerTest {

  /** Every character one unit wide, lines of five. */
  private final LineBreaker breaker = new LineBreaker(text -> text.codePointCount(0, text.length()), 5);

  @Test
  void japaneseBreaksBetweenAnyTwoCharacters() {
    assertThat(breaker.lines("あいうえおかきくけこさ")).containsExactly("あいうえお", "かきくけこ", "さ");
  }

  @Test
  void punctuationDoesNotStartALineAndAnOpeningBracketDoesNotEndOne() {
    assertThat(breaker.lines("あいうえお。かき")).containsExactly("あいうえ", "お。かき");
    assertThat(breaker.lines("あいうえ「おか」")).containsExactly("あいうえ", "「おか」");
  }

  @Test
  void latinWordsStayWholeWhereTheyFitAndSpacesDoNotStartAWrappedLine() {
    assertThat(breaker.lines("ab cde fg")).containsExactly("ab", "cde", "fg");
    assertThat(breaker.lines("abcdefghijk")).containsExactly("abcde", "fghij", "k");
  }

  @Test
  void aLineFeedEndsALine() {
    assertThat(breaker.lines("あ\nい\n\nう")).containsExactly("あ", "い", "", "う");
  }
}
