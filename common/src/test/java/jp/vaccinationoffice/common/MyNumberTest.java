package jp.vaccinationoffice.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MyNumberTest {

  @ParameterizedTest
  @CsvSource({"12345678901,8", "00000000000,0", "11111111111,8", "98765432109,3"})
  void computesTheStatutoryCheckDigit(String elevenDigits, int expected) {
    assertThat(MyNumber.checkDigit(elevenDigits)).isEqualTo(expected);
  }

  @Test
  void acceptsANumberWithTheRightCheckDigit() {
    MyNumber number = MyNumber.parse("123456789018");
    assertThat(number.lastFour()).isEqualTo("9018");
    assertThat(number.masked()).isEqualTo("********9018");
  }

  @Test
  void neverPrintsTheWholeNumber() {
    MyNumber number = MyNumber.parse("123456789018");
    assertThat(number.toString()).doesNotContain("12345678");
  }

  @Test
  void refusesAWrongCheckDigitWithoutRepeatingTheNumber() {
    assertThatThrownBy(() -> MyNumber.parse("123456789012"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("myNumber has a wrong check digit")
        .hasMessageNotContaining("123456789012");
  }

  @ParameterizedTest
  @CsvSource({"12345678901", "1234567890123", "12345678901a", "' '", "１２３４５６７８９０１８", "١٢٣٤٥٦٧٨٩٠١٨",
      "' 123456789018'"})
  void refusesMalformedNumbers(String value) {
    assertThatThrownBy(() -> MyNumber.parse(value)).isInstanceOf(InvalidIdentifierException.class);
    assertThat(MyNumber.isValid(value)).isFalse();
  }

  @Test
  void refusesThePlaceholderThatPassesTheCheckDigit() {
    assertThat(MyNumber.checkDigit("00000000000")).isZero();
    assertThatThrownBy(() -> MyNumber.parse("000000000000"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining("placeholder");
    assertThat(MyNumber.isValid("000000000000")).isFalse();
  }

  @Test
  void findsAnIndividualNumberInFreeTextWhateverItsWidthAndSpacing() {
    assertThat(MyNumber.appearsIn("番号は 123456789018 です")).isTrue();
    assertThat(MyNumber.appearsIn("1234-5678-9018")).isTrue();
    assertThat(MyNumber.appearsIn("1234  5678 9018")).isTrue();
    assertThat(MyNumber.appearsIn("１２３４５６７８９０１８")).isTrue();
    assertThat(MyNumber.appearsIn("123456789012")).as("wrong check digit").isFalse();
    assertThat(MyNumber.appearsIn("1123456789018")).as("thirteen digits").isFalse();
    assertThat(MyNumber.appearsIn("000000000000")).as("the placeholder").isFalse();
    assertThat(MyNumber.appearsIn(null)).isFalse();
  }
}
