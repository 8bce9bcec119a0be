package jp.vaccinationoffice.bench.movein;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.Test;

class ResidentsTest {

  @Test
  void everyResidentHasADistinctValidMyNumber() {
    List<String> numbers = Residents.myNumbers(1_000);

    assertThat(numbers).hasSize(1_000).allMatch(MyNumber::isValid);
    assertThat(new HashSet<>(numbers)).hasSize(1_000);
  }

  @Test
  void theIntakeBodyIsTheSignedFormCase() throws Exception {
    var body = CaseServerClient.JSON.readTree(MoveInCase.intake(Residents.myNumbers(1).get(0)));

    assertThat(body.get("previousMunicipalityCode").asText()).isEqualTo(MoveInCase.PREVIOUS_MUNICIPALITY);
    assertThat(body.get("consent").get("given").asBoolean()).isTrue();
    assertThat(body.get("consent").get("formReceived").asBoolean()).isTrue();
  }
}
