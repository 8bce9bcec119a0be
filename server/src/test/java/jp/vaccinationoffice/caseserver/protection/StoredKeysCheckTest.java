package jp.vaccinationoffice.caseserver.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import jp.vaccinationoffice.caseserver.startup.StartupRefusedException;
import org.junit.jupiter.api.Test;

/** A server whose master key does not belong to the stored municipality keys refuses to start. */
class StoredKeysCheckTest {

  private static final String HOFU = "352063";

  @Test
  void refusesAnotherMasterKeyAndNamesBoth() {
    ProtectedDatabase database = database();
    database.cipher(MasterKey.of("master-1", AesGcm.randomKeyBytes())).seal(HOFU, "x");

    assertThatThrownBy(() -> database.keys(MasterKey.of("master-2", AesGcm.randomKeyBytes())).afterSingletonsInstantiated())
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("wrapped by the master key(s) [master-1]")
        .hasMessageContaining("configured master key is 'master-2'")
        .satisfies(e -> assertThat(((StartupRefusedException) e).action()).contains("rotation"));
  }

  @Test
  void refusesAKeyUnderTheSameNameThatIsNotTheSameKey() {
    ProtectedDatabase database = database();
    database.cipher(MasterKey.of("demo-master-1", AesGcm.randomKeyBytes())).index(HOFU, "x");

    assertThatThrownBy(() -> database.keys(MasterKey.of("demo-master-1", AesGcm.randomKeyBytes()))
        .afterSingletonsInstantiated())
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("does not unwrap the index key v1 of municipality 352063")
        .satisfies(e -> assertThat(((StartupRefusedException) e).action()).contains("./data/keys/"));
  }

  @Test
  void startsWithTheRightMasterKey() {
    ProtectedDatabase database = database();
    MasterKey masterKey = MasterKey.of("master-1", AesGcm.randomKeyBytes());
    String token = database.cipher(masterKey).seal(HOFU, "x");
    MunicipalityKeys keys = database.keys(masterKey);
    keys.afterSingletonsInstantiated();
    assertThat(new AesGcmPersonalDataCipher(keys).open(HOFU, token)).isEqualTo("x");
  }

  private static ProtectedDatabase database() {
    return ProtectedDatabase.migrated("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", HOFU);
  }
}
