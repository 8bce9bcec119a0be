package jp.vaccinationoffice.caseserver.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.vaccinationoffice.caseserver.support.ScratchPostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2 gives every foreign key an index of its own; PostgreSQL does not. A case's rows are looked up
 * by their case (consents, notices, steps …), so a foreign key without an index is a scan of the whole
 * table on PostgreSQL, longer with every case the office has ever had. Every foreign key of the case
 * store's migrations must lead an index on PostgreSQL, except {@link #WITHOUT_INDEX}.
 */
class ForeignKeyIndexesOnPostgresTest {

  private static final String FOREIGN_KEYS_WITHOUT_INDEX = """
      SELECT c.conrelid::regclass || '(' || string_agg(a.attname, ', ' ORDER BY k.position) || ')'
      FROM pg_constraint c
      CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, position)
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
        AND NOT EXISTS (
          SELECT 1 FROM pg_index i
          WHERE i.indrelid = c.conrelid
            AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] @> c.conkey
            AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] <@ c.conkey)
      GROUP BY c.oid, c.conrelid
      ORDER BY 1
      """;

  /**
   * The access log's head is one row pointing at the chain's last entry; an index on the pointer would
   * cost every append a non-HOT update, and entries of the append-only log are never deleted.
   */
  static final List<String> WITHOUT_INDEX = List.of("access_log_head(last_id)");

  static ScratchPostgresDatabase database;
  static JdbcTemplate jdbc;

  @BeforeAll
  static void migrate() {
    database = ScratchPostgresDatabase.migrated("foreign_key_indexes");
    jdbc = new JdbcTemplate(database.dataSource());
  }

  @AfterAll
  static void drop() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void everyForeignKeyLeadsAnIndex() {
    List<String> unindexed = jdbc.queryForList(FOREIGN_KEYS_WITHOUT_INDEX, String.class);

    assertThat(unindexed).as("foreign keys without an index on PostgreSQL").containsExactlyInAnyOrderElementsOf(WITHOUT_INDEX);
  }

  @Test
  void theCheckSeesAForeignKeyWithoutAnIndex() {
    jdbc.execute("CREATE TABLE fk_probe_parent (id INT PRIMARY KEY)");
    jdbc.execute("CREATE TABLE fk_probe_child (id INT PRIMARY KEY, parent_id INT REFERENCES fk_probe_parent (id))");
    try {
      assertThat(jdbc.queryForList(FOREIGN_KEYS_WITHOUT_INDEX, String.class)).contains("fk_probe_child(parent_id)");
      jdbc.execute("CREATE INDEX fk_probe_child_parent ON fk_probe_child (parent_id, id)");
      assertThat(jdbc.queryForList(FOREIGN_KEYS_WITHOUT_INDEX, String.class)).doesNotContain("fk_probe_child(parent_id)");
    } finally {
      jdbc.execute("DROP TABLE fk_probe_child");
      jdbc.execute("DROP TABLE fk_probe_parent");
    }
  }
}
