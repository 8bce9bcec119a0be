package jp.vaccinationoffice.caseserver.protection;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import jp.vaccinationoffice.caseserver.protection.WrappedKeyTable.MasterKeyMismatchException;
import jp.vaccinationoffice.caseserver.protection.WrappedKeyTable.Row;
import jp.vaccinationoffice.caseserver.startup.StartupRefusedException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data and index keys of each municipality: made on first use, stored wrapped by the master
 * key, unwrapped once and then kept in memory. At start every stored key is unwrapped, so that a
 * wrong master key stops the start instead of the first request, and the keys of every municipality
 * served are made before the web server takes requests (see {@link #start()}).
 */
@Component
class MunicipalityKeys implements SmartInitializingSingleton, SmartLifecycle {

  /** The index key stays at version 1: a new one would change every index value. */
  static final int INDEX_KEY_VERSION = 1;

  record DataKey(int version, SecretKey key) {}

  private record Ref(String municipalityCode, KeyPurpose purpose, int version) {}

  private final WrappedKeyTable table;
  private final TransactionTemplate ownTransaction;
  private final MasterKey masterKey;
  private final Map<Ref, SecretKey> keys = new ConcurrentHashMap<>();
  private final Map<String, Integer> currentDataVersions = new ConcurrentHashMap<>();
  private volatile boolean running;

  MunicipalityKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions, MasterKey masterKey) {
    this.table = new WrappedKeyTable(jdbc);
    // Keys are read and made in a transaction of their own: a key made for a caller whose transaction
    // then rolls back must stay, and a lost race for the first key must not spoil the caller's transaction.
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.masterKey = masterKey;
  }

  @Override
  public void afterSingletonsInstantiated() {
    try {
      unwrapAll();
    } catch (MasterKeyMismatchException e) {
      throw new StartupRefusedException(e.getMessage(),
          "Configure the master key these keys were wrapped with. If you mean to replace it, run the rotation"
              + " command with it as the current key (README, 'Keys and encryption'). In the demo profile, the"
              + " keystore under ./data/keys/ no longer belongs to the database beside it: restore it, or delete"
              + " both to start afresh.");
    }
  }

  /**
   * Makes the missing keys of every municipality served, before the web server starts (phase 0).
   * Made on first use instead, the first requests of a fresh database would each hold a connection
   * while waiting for the one that makes the key, and that one needs a connection of its own: with as
   * many such requests as the pool has connections, all of them wait for the pool's timeout.
   */
  @Override
  public void start() {
    for (String municipalityCode : inOwnTransaction(table::servedMunicipalities)) {
      currentDataKey(municipalityCode);
      indexKey(municipalityCode);
      issuerKey(municipalityCode);
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return 0;
  }

  /** Unwraps every stored key into memory; fails on the first one the master key does not open. */
  void unwrapAll() {
    List<Row> rows = inOwnTransaction(table::all);
    Set<String> otherMasterKeys = rows.stream().map(Row::masterKeyId)
        .filter(id -> !id.equals(masterKey.id())).collect(Collectors.toCollection(TreeSet::new));
    if (!otherMasterKeys.isEmpty()) {
      throw new MasterKeyMismatchException("The stored municipality keys are wrapped by the master key(s) "
          + otherMasterKeys + ", but the configured master key is '" + masterKey.id() + "'.");
    }
    rows.forEach(this::remember);
  }

  /** The municipality's newest data key, made on first use. */
  DataKey currentDataKey(String municipalityCode) {
    Integer version = currentDataVersions.get(municipalityCode);
    if (version == null) {
      version = loadOrCreate(municipalityCode, KeyPurpose.DATA);
    }
    return new DataKey(version, keys.get(new Ref(municipalityCode, KeyPurpose.DATA, version)));
  }

  /** A data key named by a token; never made here. */
  Optional<SecretKey> dataKey(String municipalityCode, int version) {
    SecretKey key = keys.get(new Ref(municipalityCode, KeyPurpose.DATA, version));
    if (key != null) {
      return Optional.of(key);
    }
    return inOwnTransaction(() -> table.find(municipalityCode, KeyPurpose.DATA, version)).map(this::remember);
  }

  /** The municipality's index key, made on first use. */
  SecretKey indexKey(String municipalityCode) {
    Ref ref = new Ref(municipalityCode, KeyPurpose.INDEX, INDEX_KEY_VERSION);
    SecretKey key = keys.get(ref);
    if (key == null) {
      loadOrCreate(municipalityCode, KeyPurpose.INDEX);
      key = keys.get(ref);
    }
    return key;
  }

  /** The private scalar of the municipality's SMART Health Card issuer key, made on first use. */
  SecretKey issuerKey(String municipalityCode) {
    Ref ref = new Ref(municipalityCode, KeyPurpose.SHC_ISSUER, 1);
    SecretKey key = keys.get(ref);
    if (key == null) {
      loadOrCreate(municipalityCode, KeyPurpose.SHC_ISSUER);
      key = keys.get(ref);
    }
    return key;
  }

  /** The newest version of a purpose, in memory afterwards; version 1 is made when there is none. */
  private synchronized int loadOrCreate(String municipalityCode, KeyPurpose purpose) {
    Optional<Row> newest = inOwnTransaction(() -> table.newest(municipalityCode, purpose));
    if (newest.isEmpty()) {
      create(municipalityCode, purpose);
      newest = inOwnTransaction(() -> table.newest(municipalityCode, purpose));
    }
    Row row = newest.orElseThrow();
    remember(row);
    return row.version();
  }

  private void create(String municipalityCode, KeyPurpose purpose) {
    if (!inOwnTransaction(() -> table.isServed(municipalityCode))) {
      throw new IllegalArgumentException("Municipality " + municipalityCode
          + " is not served by this installation, so it has no keys.");
    }
    byte[] key = purpose.newKeyBytes();
    try {
      Row row = Row.wrap(municipalityCode, purpose, 1, key, masterKey);
      ownTransaction.executeWithoutResult(status -> table.insert(row, Instant.now()));
    } catch (DuplicateKeyException anotherServerMadeItFirst) {
      // theirs is read back and used
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private SecretKey remember(Row row) {
    SecretKey key = row.unwrapWith(masterKey);
    keys.put(new Ref(row.municipalityCode(), row.purpose(), row.version()), key);
    if (row.purpose() == KeyPurpose.DATA) {
      currentDataVersions.merge(row.municipalityCode(), row.version(), Math::max);
    }
    return key;
  }

  private <T> T inOwnTransaction(Supplier<T> work) {
    return ownTransaction.execute(status -> work.get());
  }
}
