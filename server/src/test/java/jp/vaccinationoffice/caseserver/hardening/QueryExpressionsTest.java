package jp.vaccinationoffice.caseserver.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryExpressionsTest {

  @Test
  void findsExpressionsAtAnyDepthOfAJsonQuery() {
    assertThat(QueryExpressions.inJson("{\"assigneeExpression\":\"${currentUser()}\"}")).isTrue();
    assertThat(QueryExpressions.inJson("{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}")).isTrue();
    assertThat(QueryExpressions.inJson("{\"orQueries\":[{\"candidateGroupsExpression\":\"#{x}\"}]}")).isTrue();
    assertThat(QueryExpressions.inJson("{\"a\":{\"b\":[[{\"c\":\"prefix ${x} suffix\"}]]}}")).isTrue();
    assertThat(QueryExpressions.inJson("{\"${x}\":1}")).isTrue();
  }

  @Test
  void seesThroughJsonEscapes() {
    assertThat(QueryExpressions.inJson("{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{currentUser()}\"}]}"))
        .isTrue();
    assertThat(QueryExpressions.inJson("{\"assigneeExpression\":\"\\u0023\\u007bx}\"}")).isTrue();
  }

  @Test
  void passesPlainQueries() {
    assertThat(QueryExpressions.inJson("{\"orQueries\":[{\"assignee\":\"clerk\"},{\"candidateGroup\":\"clerks\"}]}"))
        .isFalse();
    assertThat(QueryExpressions.inJson("{\"nameLike\":\"%$%\",\"description\":\"{braces}\"}")).isFalse();
    assertThat(QueryExpressions.inJson("")).isFalse();
  }

  @Test
  void refusesWhatIsNotJson() {
    assertThatThrownBy(() -> QueryExpressions.inJson("{not json")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findsExpressionsInQueryStringsAfterDecoding() {
    assertThat(QueryExpressions.inQueryString("assigneeExpression=%24%7BcurrentUser()%7D")).isTrue();
    assertThat(QueryExpressions.inQueryString("maxResults=10&assigneeExpression=${x}")).isTrue();
    assertThat(QueryExpressions.inQueryString("assignee=clerk&maxResults=10")).isFalse();
    assertThat(QueryExpressions.inQueryString(null)).isFalse();
  }
}
