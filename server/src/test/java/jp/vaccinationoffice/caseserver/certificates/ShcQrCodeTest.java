package jp.vaccinationoffice.caseserver.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The numeric {@code shc:/} encoding and the one-QR limit of the SMART Health Cards specification. */
class ShcQrCodeTest {

  @Test
  void everyCharacterBecomesTwoDigitsOfItsCodeMinus45() {
    assertThat(SmartHealthCards.numeric("-.0Az_")).isEqualTo("shc:/" + "00" + "01" + "03" + "20" + "77" + "50");
  }

  @Test
  void theLongestJwsOfOneCodeFitsVersion22AtLevelL() {
    String longest = "e".repeat(SmartHealthCards.MAX_SINGLE_QR_JWS);
    assertThat(ShcQrCode.version(longest)).isLessThanOrEqualTo(ShcQrCode.MAX_VERSION);
  }

  @Test
  void aLongerJwsIsRefusedRatherThanPrintedInAnUnreadableCode() {
    assertThatThrownBy(() -> ShcQrCode.version("e".repeat(1400))).hasMessageContaining("version");
  }
}
