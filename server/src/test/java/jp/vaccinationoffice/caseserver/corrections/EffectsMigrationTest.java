package jp.vaccinationoffice.caseserver.corrections;

import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.HOFU;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.doseId;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.newMyNumber;
import static jp.vaccinationoffice.caseserver.corrections.LedgerFixtures.personWithTwoDoses;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import jp.vaccinationoffice.caseserver.support.CaseStore;
import jp.vaccinationoffice.caseserver.suspensions.Measure;
import jp.vaccinationoffice.caseserver.suspensions.ProcessingRestrictions;
import jp.vaccinationoffice.caseserver.suspensions.ProcessingRestrictionsOnStore;
import jp.vaccinationoffice.caseserver.suspensions.Restriction;
import jp.vaccinationoffice.caseserver.support.ScratchPostgresDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The effects' migration on both databases: doses held before it get ids, and a correction runs
 * once per effect key on PostgreSQL as on H2.
 */
class EffectsMigrationTest {

  @Test
  void dosesHeldBeforeTheMigrationGetIdsOnH2() {
    DriverManagerDataSource h2 = new DriverManagerDataSource(
        "jdbc:h2:mem:effects-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    try {
      dosesGetIds(h2);
    } finally {
      new JdbcTemplate(h2).execute("SHUTDOWN");
    }
  }

  @Test
  void dosesHeldBeforeTheMigrationGetIdsOnPostgres() {
    try (ScratchPostgresDatabase postgres = ScratchPostgresDatabase.create("effects_migration_test")) {
      dosesGetIds(new DriverManagerDataSource(postgres.jdbcUrl(), ScratchPostgresDatabase.USER, ScratchPostgresDatabase.PASSWORD));
    }
  }

  @Test
  void aCorrectionRunsOncePerKeyOnPostgres() {
    try (CaseStore store = CaseStore.postgres("effects_corrections_test", HOFU)) {
      LedgerCorrections corrections = new LedgerCorrections(store.jdbc, store.cipher, store.accessLog, store.clock);
      long dose = doseId(store, personWithTwoDoses(store, HOFU, newMyNumber()), 2);

      DoseCorrection first = store.inTransaction(
          () -> corrections.correctDose(HOFU, dose, DoseItem.VACCINATION_DATE, "2021-06-23", "pg:date"));
      DoseCorrection again = store.inTransaction(
          () -> corrections.correctDose(HOFU, dose, DoseItem.VACCINATION_DATE, "2021-06-23", "pg:date"));

      assertThat(again.replayed()).isTrue();
      assertThat(again.correctionId()).isEqualTo(first.correctionId());
      assertThat(store.jdbc.queryForObject("SELECT CAST(vaccinated_on AS VARCHAR(10)) FROM ledger_dose WHERE id = ?",
          String.class, dose)).isEqualTo("2021-06-23");
      assertThat(store.inTransaction(() -> corrections.history(HOFU, dose))).singleElement()
          .satisfies(c -> assertThat(c.oldValue()).isEqualTo("2021-06-22"));
    }
  }

  /** The newest migration before this one (other features' migrations come and go below it). */
  private static String versionBefore36(DataSource dataSource) {
    return Arrays.stream(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().info().all())
        .map(MigrationInfo::getVersion).filter(version -> version.compareTo(MigrationVersion.fromVersion("36")) < 0)
        .max(MigrationVersion::compareTo).orElseThrow().getVersion();
  }

  @Test
  void anErasureRunsOncePerKeyOnPostgres() {
    try (CaseStore store = CaseStore.postgres("effects_erasure_test", HOFU)) {
      String myNumber = newMyNumber();
      String personId = personWithTwoDoses(store, HOFU, myNumber);
      ProcessingRestrictions restrictions = ProcessingRestrictionsOnStore.of(store);
      String index = store.cipher.index(HOFU, myNumber);

      Restriction first = store.inTransaction(() -> restrictions.apply(HOFU, index, Measure.ERASE, "request-1", "pg:erase"));
      Restriction again = store.inTransaction(() -> restrictions.apply(HOFU, index, Measure.ERASE, "request-1", "pg:erase"));

      assertThat(first.erasure().dosesErased()).isEqualTo(2);
      assertThat(again.replayed()).isTrue();
      assertThat(store.count("SELECT COUNT(*) FROM ledger_person WHERE id = ?", personId)).isZero();
      assertThat(store.count("SELECT COUNT(*) FROM ledger_erasure")).isEqualTo(1);
    }
  }

  private static void dosesGetIds(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(versionBefore36(dataSource)).load()
        .migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("INSERT INTO municipality (code, name, created_at) VALUES (?, ?, ?)", HOFU, HOFU, now);
    jdbc.update("""
        INSERT INTO ledger_person (id, municipality_code, my_number_sealed, my_number_index, name, name_kana, birth_date,
            sex, created_at) VALUES ('p1', ?, 'sealed', 'index', '山田 花子', 'ヤマダ ハナコ', ?, 'FEMALE', ?)""",
        HOFU, Date.valueOf("1980-04-01"), now);
    for (int dose = 1; dose <= 3; dose++) {
      jdbc.update("""
          INSERT INTO ledger_dose (person_id, dose_number, vaccinated_on, manufacturer, product, lot, source)
          VALUES ('p1', ?, ?, 'ファイザー', 'コミナティ筋注', 'FA1234', 'TEST')""", dose, Date.valueOf("2021-06-0" + dose));
    }

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    List<Long> ids = jdbc.queryForList("SELECT id FROM ledger_dose ORDER BY dose_number", Long.class);
    assertThat(ids).hasSize(3).doesNotContainNull().doesNotHaveDuplicates();
    jdbc.update("""
        INSERT INTO ledger_dose (person_id, dose_number, vaccinated_on, manufacturer, product, lot, source)
        VALUES ('p1', 4, ?, 'ファイザー', 'コミナティ筋注', 'FA1234', 'TEST')""", Date.valueOf("2022-01-04"));
    Long added = jdbc.queryForObject("SELECT id FROM ledger_dose WHERE dose_number = 4", Long.class);
    assertThat(added).isNotNull().isNotIn(ids);
    for (String table : List.of("ledger_dose_correction", "correction_notice", "processing_restriction", "ledger_erasure")) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class)).isZero();
    }
  }
}
