package jp.vaccinationoffice.simulators.jpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedKeysTest {

  @Test
  void cardsIssuedOneAfterTheOtherNeverShareAKeyNorHaveJlisKey() {
    List<KeyPair> keys = new ArrayList<>();
    for (int i = 0; i < SimulatedKeys.CARD_KEYS; i++) {
      keys.add(SimulatedKeys.nextCardKey());
    }
    assertThat(keys.stream().map(pair -> pair.getPublic().getEncoded()).map(Arrays::toString).distinct())
        .hasSize(SimulatedKeys.CARD_KEYS);
    assertThat(keys).allSatisfy(pair -> {
      assertThat(pair.getPublic().getEncoded()).isNotEqualTo(SimulatedKeys.jlis().getPublic().getEncoded());
      assertThat(((RSAPublicKey) pair.getPublic()).getModulus().bitLength()).isEqualTo(2048);
    });
  }

  @Test
  void theSimulatedJlisKeepsItsKeyAndAnotherAuthorityHasItsOwn() {
    JlisCertificateAuthority jlis = new JlisCertificateAuthority();
    assertThat(new JlisCertificateAuthority().certificate().getPublicKey()).isEqualTo(jlis.certificate().getPublicKey());
    assertThat(new JlisCertificateAuthority("C=JP, O=Other, CN=Another CA").certificate().getPublicKey())
        .isNotEqualTo(jlis.certificate().getPublicKey());
  }
}
