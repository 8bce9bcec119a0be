package jp.vaccinationoffice.caseserver.personalinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which items of a correction request a decision grants. */
class GrantedItemsTest {

  @Test
  void grantedInFullIsEveryItem() {
    assertThat(RequestEffects.granted("GRANTED", null, 3)).contains(List.of(1, 2, 3));
  }

  @Test
  void grantedInPartIsTheListedItemsOnceInOrder() {
    assertThat(RequestEffects.granted("PARTLY_GRANTED", "3,1,3", 3)).contains(List.of(1, 3));
  }

  @Test
  void aPartialGrantWithoutItemsOrWithAnItemTheRequestLacksGrantsNothing() {
    assertThat(RequestEffects.granted("PARTLY_GRANTED", null, 2)).isEmpty();
    assertThat(RequestEffects.granted("PARTLY_GRANTED", " ", 2)).isEmpty();
    assertThat(RequestEffects.granted("PARTLY_GRANTED", "1,3", 2)).isEmpty();
  }
}
