package jp.vaccinationoffice.caseserver.protection;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code municipality_key} table: municipality keys, each wrapped by a master key. */
final class WrappedKeyTable {

  private static final String COLUMNS = "municipality_code, purpose, key_version, wrapped_key, master_key_id";

  private final JdbcTemplate jdbc;

  WrappedKeyTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One stored key. */
  record Row(String municipalityCode, KeyPurpose purpose, int version, byte[] wrapped, String masterKeyId) {

    static Row wrap(String municipalityCode, KeyPurpose purpose, int version, byte[] key, MasterKey masterKey) {
      Row unwrapped = new Row(municipalityCode, purpose, version, null, masterKey.id());
      return new Row(municipalityCode, purpose, version,
          masterKey.wrap(unwrapped.associatedData(), key), masterKey.id());
    }

    /**
     * The key, if this master key wrapped it for exactly this municipality, purpose and version: a
     * wrapped key copied to another row does not unwrap.
     */
    SecretKey unwrapWith(MasterKey masterKey) {
      if (!masterKeyId.equals(masterKey.id())) {
        throw new MasterKeyMismatchException("The " + this + " is wrapped by the master key '" + masterKeyId
            + "', but the configured master key is '" + masterKey.id() + "'.");
      }
      try {
        return new SecretKeySpec(masterKey.unwrap(associatedData(), wrapped), purpose.algorithm());
      } catch (AEADBadTagException e) {
        throw new MasterKeyMismatchException("The configured master key '" + masterKey.id() + "' does not unwrap the "
            + this + ": it is another key under the same name, or the stored key was altered.");
      }
    }

    Row rewrappedUnder(MasterKey current, MasterKey next) {
      SecretKey key = unwrapWith(current);
      return wrap(municipalityCode, purpose, version, key.getEncoded(), next);
    }

    byte[] associatedData() {
      return ("municipality_key/" + municipalityCode + "/" + purpose + "/" + version).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
      return purpose.name().toLowerCase(java.util.Locale.ROOT) + " key v" + version + " of municipality " + municipalityCode;
    }
  }

  List<Row> all() {
    return jdbc.query("SELECT " + COLUMNS + " FROM municipality_key ORDER BY municipality_code, purpose, key_version",
        WrappedKeyTable::row);
  }

  /** Every row, locked until the transaction ends. */
  List<Row> allForUpdate() {
    return jdbc.query("SELECT " + COLUMNS + " FROM municipality_key ORDER BY municipality_code, purpose, key_version"
        + " FOR UPDATE", WrappedKeyTable::row);
  }

  Optional<Row> newest(String municipalityCode, KeyPurpose purpose) {
    return jdbc.query("SELECT " + COLUMNS + " FROM municipality_key WHERE municipality_code = ? AND purpose = ?"
            + " ORDER BY key_version DESC", WrappedKeyTable::row, municipalityCode, purpose.name())
        .stream().findFirst();
  }

  Optional<Row> find(String municipalityCode, KeyPurpose purpose, int version) {
    return jdbc.query("SELECT " + COLUMNS + " FROM municipality_key WHERE municipality_code = ? AND purpose = ?"
            + " AND key_version = ?", WrappedKeyTable::row, municipalityCode, purpose.name(), version)
        .stream().findFirst();
  }

  List<String> servedMunicipalities() {
    return jdbc.queryForList("SELECT code FROM municipality ORDER BY code", String.class);
  }

  boolean isServed(String municipalityCode) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM municipality WHERE code = ?", Integer.class,
        municipalityCode);
    return count != null && count > 0;
  }

  /** Fails with a {@code DuplicateKeyException} when the key exists already. */
  void insert(Row row, Instant now) {
    jdbc.update("INSERT INTO municipality_key (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?)",
        row.municipalityCode(), row.purpose().name(), row.version(), encode(row.wrapped()), row.masterKeyId(),
        Timestamp.from(now));
  }

  /** Replaces the wrapping of a row still wrapped by {@code previousMasterKeyId}; the count of rows changed. */
  int rewrap(Row row, String previousMasterKeyId, Instant now) {
    return jdbc.update("UPDATE municipality_key SET wrapped_key = ?, master_key_id = ?, rewrapped_at = ?"
            + " WHERE municipality_code = ? AND purpose = ? AND key_version = ? AND master_key_id = ?",
        encode(row.wrapped()), row.masterKeyId(), Timestamp.from(now),
        row.municipalityCode(), row.purpose().name(), row.version(), previousMasterKeyId);
  }

  private static Row row(ResultSet rs, int rowNum) throws SQLException {
    return new Row(rs.getString("municipality_code"), KeyPurpose.valueOf(rs.getString("purpose")),
        rs.getInt("key_version"), Base64.getDecoder().decode(rs.getString("wrapped_key")),
        rs.getString("master_key_id"));
  }

  private static String encode(byte[] wrapped) {
    return Base64.getEncoder().encodeToString(wrapped);
  }

  /** The stored keys and the configured master key do not belong together. */
  static final class MasterKeyMismatchException extends IllegalStateException {
    MasterKeyMismatchException(String message) {
      super(message);
    }
  }
}
