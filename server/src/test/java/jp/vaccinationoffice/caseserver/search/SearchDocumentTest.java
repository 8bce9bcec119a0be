package jp.vaccinationoffice.caseserver.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchDocumentTest {

  @Test
  @SuppressWarnings("unchecked")
  void theSourceHoldsTheMappedFieldsOnlyWithTheNameKeys() {
    SearchDocument document = new SearchDocument("move-in", "c-1", "352063", "RECEIVED", "0000000001",
        LocalDate.of(2026, 12, 1), null, "clerk", "髙橋", "花子", "タカハシ", "ハナコ", LocalDate.of(1990, 4, 1));
    Map<String, Object> source = document.source(NameKeys.standard());
    assertThat(SearchIndexes.MAPPING.keySet()).containsAll(source.keySet());
    assertThat(source).containsEntry("name", "髙橋 花子").containsEntry("name_kana", "タカハシ ハナコ")
        .containsEntry("name_roman", "TAKAHASHI hanako").containsEntry("birth_date", "1990-04-01")
        .doesNotContainKey("deadline");
    assertThat((List<Object>) source.get("name_keys")).contains((Object) NameKeys.standard().key("高橋花子"),
        (Object) NameKeys.standard().key("はなこ"));
    assertThat(document.indexId()).isEqualTo("move-in:c-1");
  }

  @Test
  void theMappingHasNoPlaceForAMyNumberAPassportOrAnAddress() {
    assertThat(SearchIndexes.MAPPING.keySet())
        .noneMatch(field -> field.contains("number") && !field.equals("reception_number"))
        .noneMatch(field -> field.contains("address") || field.contains("passport") || field.contains("hmac"));
  }
}
