package jp.vaccinationoffice.caseserver.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKey;
import jp.vaccinationoffice.caseserver.municipality.ServedMunicipalities;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.common.InvalidIdentifierException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@CaseServerTest
class PersonalDataCipherTest {

  private static final String HOFU = "352063";
  private static final String UBE = "352021";
  private static final String MY_NUMBER = "123456789018";

  @Autowired PersonalDataCipher cipher;
  @Autowired MunicipalityKeys keys;
  @Autowired MasterKey masterKey;
  @Autowired ServedMunicipalities municipalities;
  @Autowired JdbcTemplate jdbc;

  @Test
  void opensWhatItSealed() {
    String token = cipher.seal(HOFU, MY_NUMBER);
    assertThat(token).matches("v1\\.1\\.[A-Za-z0-9_-]+").doesNotContain(MY_NUMBER);
    assertThat(cipher.open(HOFU, token)).isEqualTo(MY_NUMBER);
    assertThat(cipher.open(HOFU, cipher.seal(HOFU, "山田 太郎"))).isEqualTo("山田 太郎");
    assertThat(cipher.open(HOFU, cipher.seal(HOFU, ""))).isEmpty();
  }

  @Test
  void sealsTheSameValueDifferentlyEachTime() {
    assertThat(cipher.seal(HOFU, MY_NUMBER)).isNotEqualTo(cipher.seal(HOFU, MY_NUMBER));
  }

  @Test
  void aTokenDoesNotOpenInAnotherMunicipality() {
    String token = cipher.seal(HOFU, MY_NUMBER);
    cipher.seal(UBE, "宇部市 has a data key of its own");

    assertThatThrownBy(() -> cipher.open(UBE, token))
        .isInstanceOf(TokenRejectedException.class)
        .hasMessageContaining("municipality 352021")
        .hasMessageNotContaining(MY_NUMBER)
        .hasMessageNotContaining(token);
  }

  @Test
  void anAlteredTokenIsRejectedWithoutShowingItsContent() {
    String token = cipher.seal(HOFU, MY_NUMBER);
    String payload = token.substring("v1.1.".length());
    char last = payload.charAt(payload.length() / 2);
    String flipped = "v1.1." + payload.substring(0, payload.length() / 2) + (last == 'A' ? 'B' : 'A')
        + payload.substring(payload.length() / 2 + 1);
    List<String> altered = List.of(flipped, token.substring(0, token.length() - 4), "v1.1." + payload.substring(4),
        "v1.2." + payload, "v1.1.", "v2.1." + payload, MY_NUMBER, token + "=");

    for (String bad : altered) {
      assertThatThrownBy(() -> cipher.open(HOFU, bad)).as(bad)
          .isInstanceOf(TokenRejectedException.class)
          .hasMessageNotContaining(MY_NUMBER)
          .hasMessageNotContaining(payload);
    }
    assertThatThrownBy(() -> cipher.open(HOFU, null)).isInstanceOf(TokenRejectedException.class);
  }

  @Test
  void indexesAreEqualForEqualValuesAndDifferAcrossMunicipalities() {
    String index = cipher.index(HOFU, MY_NUMBER);
    assertThat(index).matches("[A-Za-z0-9_-]{43}").doesNotContain(MY_NUMBER);
    assertThat(cipher.index(HOFU, MY_NUMBER)).isEqualTo(index);
    assertThat(cipher.index(HOFU, "123456789024")).isNotEqualTo(index);
    assertThat(cipher.index(UBE, MY_NUMBER)).isNotEqualTo(index);
  }

  @Test
  void theIndexKeyIsNotTheDataKey() {
    cipher.seal(HOFU, MY_NUMBER);
    cipher.index(HOFU, MY_NUMBER);
    assertThat(keys.indexKey(HOFU).getEncoded()).isNotEqualTo(keys.currentDataKey(HOFU).key().getEncoded());
  }

  @Test
  void keysAreStoredOnlyWrappedByTheMasterKey() {
    cipher.seal(HOFU, MY_NUMBER);
    cipher.index(HOFU, MY_NUMBER);
    List<byte[]> keysInMemory = List.of(keys.currentDataKey(HOFU).key().getEncoded(), keys.indexKey(HOFU).getEncoded(),
        keys.issuerKey(HOFU).getEncoded(), masterKey.secretKey().getEncoded());

    List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM municipality_key WHERE municipality_code = ?", HOFU);
    assertThat(rows).extracting(row -> row.get("PURPOSE")).containsExactlyInAnyOrder("DATA", "INDEX", "SHC_ISSUER");
    for (Map<String, Object> row : rows) {
      assertThat(row.get("MASTER_KEY_ID")).isEqualTo(masterKey.id());
      byte[] wrapped = Base64.getDecoder().decode((String) row.get("WRAPPED_KEY"));
      String rowText = row.values().toString();
      for (byte[] key : keysInMemory) {
        assertThat(indexOf(wrapped, key)).isEqualTo(-1);
        assertThat(rowText).doesNotContain(Base64.getEncoder().encodeToString(key))
            .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(key))
            .doesNotContainIgnoringCase(HexFormat.of().formatHex(key));
      }
    }
  }

  @Test
  void unwrapsEachKeyOnceAndKeepsItInMemory() {
    cipher.seal(HOFU, MY_NUMBER);
    SecretKey first = keys.currentDataKey(HOFU).key();
    cipher.seal(HOFU, MY_NUMBER);
    assertThat(keys.currentDataKey(HOFU).key()).isSameAs(first);
    assertThat(keys.dataKey(HOFU, 1)).containsSame(first);
  }

  @Test
  void concurrentFirstUseMakesOneKeyOfEachPurpose() throws Exception {
    String chiyoda = "131016";
    municipalities.register(chiyoda);
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String[]>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<String[]> firstUse = () -> {
          start.await();
          return new String[] {cipher.seal(chiyoda, MY_NUMBER), cipher.index(chiyoda, MY_NUMBER)};
        };
        results.add(pool.submit(firstUse));
      }
      start.countDown();
      List<String> indexes = new ArrayList<>();
      for (Future<String[]> result : results) {
        assertThat(cipher.open(chiyoda, result.get()[0])).isEqualTo(MY_NUMBER);
        indexes.add(result.get()[1]);
      }
      assertThat(indexes).containsOnly(indexes.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.queryForList("SELECT purpose FROM municipality_key WHERE municipality_code = ? ORDER BY purpose",
        String.class, chiyoda)).containsExactly("DATA", "INDEX");
  }

  @Test
  void makesNoKeysForAMunicipalityThisInstallationDoesNotServe() {
    assertThatThrownBy(() -> cipher.seal("141003", MY_NUMBER))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not served");
    assertThatThrownBy(() -> cipher.index("141003", MY_NUMBER)).isInstanceOf(IllegalArgumentException.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM municipality_key WHERE municipality_code = '141003'",
        Integer.class)).isZero();
    assertThatThrownBy(() -> cipher.seal("999999", MY_NUMBER)).isInstanceOf(InvalidIdentifierException.class);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      boolean match = true;
      for (int j = 0; j < needle.length && match; j++) {
        match = haystack[i + j] == needle[j];
      }
      if (match) {
        return i;
      }
    }
    return -1;
  }
}
