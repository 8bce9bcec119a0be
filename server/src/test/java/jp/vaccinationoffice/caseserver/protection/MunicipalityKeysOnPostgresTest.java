package jp.vaccinationoffice.caseserver.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import jp.vaccinationoffice.caseserver.support.ScratchPostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Several servers sharing one PostgreSQL database make and find the same municipality keys. */
class MunicipalityKeysOnPostgresTest {

  private static final String HOFU = "352063";
  private static final String MY_NUMBER = "123456789018";
  private static final MasterKey MASTER_KEY = MasterKey.of("test-master", AesGcm.randomKeyBytes());

  @Test
  void serversRacingForTheFirstKeysAllUseTheSameOnes() throws Exception {
    try (ScratchPostgresDatabase postgres = ScratchPostgresDatabase.create("protection_keys_test")) {
      ProtectedDatabase database = migrated(postgres);
      List<PersonalDataCipher> servers = IntStream.range(0, 6).mapToObj(i -> database.cipher(MASTER_KEY)).toList();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(servers.size());
      List<String> tokens = new ArrayList<>();
      List<String> indexes = new ArrayList<>();
      try {
        List<Future<String[]>> results = new ArrayList<>();
        for (PersonalDataCipher server : servers) {
          results.add(pool.submit(() -> {
            start.await();
            return new String[] {server.seal(HOFU, MY_NUMBER), server.index(HOFU, MY_NUMBER)};
          }));
        }
        start.countDown();
        for (Future<String[]> result : results) {
          tokens.add(result.get()[0]);
          indexes.add(result.get()[1]);
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(indexes).containsOnly(indexes.get(0));
      for (PersonalDataCipher server : servers) {
        for (String token : tokens) {
          assertThat(server.open(HOFU, token)).isEqualTo(MY_NUMBER);
        }
      }
      assertThat(database.jdbc.queryForList("SELECT purpose || ' v' || key_version FROM municipality_key", String.class))
          .containsExactlyInAnyOrder("DATA v1", "INDEX v1");
    }
  }

  @Test
  void aKeyMadeForATransactionThatRollsBackIsKept() {
    try (ScratchPostgresDatabase postgres = ScratchPostgresDatabase.create("protection_keys_test")) {
      ProtectedDatabase database = migrated(postgres);
      PersonalDataCipher server = database.cipher(MASTER_KEY);
      TransactionTemplate caseTransaction = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource));

      String token = caseTransaction.execute(status -> {
        String sealed = server.seal(HOFU, MY_NUMBER);
        status.setRollbackOnly();
        return sealed;
      });

      assertThat(database.jdbc.queryForObject("SELECT COUNT(*) FROM municipality_key", Integer.class)).isEqualTo(1);
      assertThat(database.cipher(MASTER_KEY).open(HOFU, token)).isEqualTo(MY_NUMBER);
    }
  }

  private static ProtectedDatabase migrated(ScratchPostgresDatabase postgres) {
    return ProtectedDatabase.migrated(postgres.jdbcUrl(), ScratchPostgresDatabase.USER, ScratchPostgresDatabase.PASSWORD,
        HOFU);
  }
}
