package jp.vaccinationoffice.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalitiesTest {

  @ParameterizedTest
  @CsvSource({"352063,防府市", "352021,宇部市", "131016,千代田区"})
  void knowsTheCodesOfTheTable(String code, String name) {
    assertThat(Municipalities.requireKnown(code).value()).isEqualTo(code);
    assertThat(Municipalities.nameOf(code)).contains(name);
  }

  @Test
  void refusesAWrongCheckDigit() {
    assertThatThrownBy(() -> Municipalities.requireKnown("352064"))
        .hasMessageContaining("wrong check digit");
  }

  @Test
  void refusesAWellFormedCodeThatNamesNoMunicipality() {
    // 99999 + check digit 7: well formed, but no such municipality
    assertThat(MunicipalityCode.checkDigit("99999")).isEqualTo(7);
    assertThatThrownBy(() -> Municipalities.requireKnown("999997")).hasMessageContaining("unknown");
  }

  @ParameterizedTest
  @CsvSource({"35206", "3520630", "35206a", "''"})
  void refusesMalformedCodes(String code) {
    assertThatThrownBy(() -> Municipalities.requireKnown(code)).isInstanceOf(InvalidIdentifierException.class);
  }
}
