package jp.vaccinationoffice.common.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.vaccinationoffice.common.InvalidIdentifierException;
import jp.vaccinationoffice.common.MyNumber;
import org.junit.jupiter.api.Test;

class KenmenDataTest {

  private static final String NUMBER = "123456789018";
  private static final KenmenData TARO = new KenmenData(new BigInteger("8f3a", 16), MyNumber.parse(NUMBER),
      "防府 太郎", "山口県防府市寿町7-1", LocalDate.of(1960, 4, 1), "MALE");

  @Test
  void theCanonicalFormIsSevenLinesOfUtf8() {
    String text = new String(TARO.toBytes(), StandardCharsets.UTF_8);

    assertThat(text).isEqualTo("JPKI-KENMEN/1\ncardCertificateSerial:8f3a\nmyNumber:" + NUMBER
        + "\nname:防府 太郎\naddress:山口県防府市寿町7-1\nbirthDate:1960-04-01\nsex:MALE\n");
    assertThat(KenmenData.parse(TARO.toBytes())).isEqualTo(TARO);
  }

  @Test
  void anythingButTheCanonicalFormIsRefused() {
    String canonical = new String(TARO.toBytes(), StandardCharsets.UTF_8);

    assertRefused(canonical.replace("\n", "\r\n"));
    assertRefused(canonical.substring(0, canonical.length() - 1));
    assertRefused(canonical.replace("cardCertificateSerial:8f3a", "cardCertificateSerial:8F3A"));
    assertRefused(canonical.replace("cardCertificateSerial:8f3a", "cardCertificateSerial:08f3a"));
    assertRefused(canonical.replace("sex:MALE", "sex:男"));
    assertRefused(canonical.replace("1960-04-01", "1960-02-30"));
    assertRefused(canonical.replace("name:防府 太郎", "name: 防府 太郎"));
    assertRefused(canonical.replace("name:防府 太郎", "name:防府\u200b太郎"));
    assertRefused(canonical.replace("name:", "name:ガ".replace("ガ", "カ\u3099")));
    assertRefused(canonical.replace("myNumber:" + NUMBER, "myNumber:123456789012"));
    assertRefused(canonical + "extra:1\n");
    assertThatThrownBy(() -> KenmenData.parse(new byte[] {(byte) 0xff, 0x0a})).isInstanceOf(InvalidIdentifierException.class);
  }

  @Test
  void neitherToStringNorAMessageShowsTheNumber() {
    assertThat(TARO.toString()).doesNotContain(NUMBER).contains("8f3a");
    String canonical = new String(TARO.toBytes(), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> KenmenData.parse(canonical.replace("sex:MALE", "sex:X").getBytes(StandardCharsets.UTF_8)))
        .message().doesNotContain(NUMBER);
  }

  private static void assertRefused(String text) {
    assertThatThrownBy(() -> KenmenData.parse(text.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidIdentifierException.class);
  }
}
