package jp.vaccinationoffice.caseserver.accounts.throttle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code sign_in_address} table: the addresses each account signed in from successfully. An
 * address in the same network as one of them, within the usual-address period, is the account's
 * usual network.
 */
@Repository
class UsualNetworks {

  /** A success from a known address is written again only after this long, so that polling clients do not write. */
  private static final long REFRESH_MILLIS = 60L * 60 * 1000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;
  private final SignInThrottleProperties properties;

  UsualNetworks(JdbcTemplate jdbc, PlatformTransactionManager transactions, SignInThrottleProperties properties) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.properties = properties;
  }

  boolean isUsual(String userId, String address, Instant now) {
    if (userId == null || address == null) {
      return false;
    }
    List<String> usual = jdbc.queryForList("SELECT address FROM sign_in_address WHERE user_id = ? AND last_success_at >= ?",
        String.class, userId, Timestamp.from(now.minus(properties.usualAddressPeriod())));
    return usual.stream().anyMatch(known -> Buckets.sameNetwork(known, address, properties.usualNetworkPrefixIpv4(),
        properties.usualNetworkPrefixIpv6()));
  }

  void succeeded(String userId, String address, Instant now) {
    if (address == null || address.length() > 64) {
      return;
    }
    List<Timestamp> last = jdbc.queryForList("SELECT last_success_at FROM sign_in_address WHERE user_id = ? AND address = ?",
        Timestamp.class, userId, address);
    if (!last.isEmpty()) {
      if (last.get(0).toInstant().isBefore(now.minusMillis(REFRESH_MILLIS))) {
        jdbc.update("UPDATE sign_in_address SET last_success_at = ? WHERE user_id = ? AND address = ?",
            Timestamp.from(now), userId, address);
      }
      return;
    }
    // a second node may insert the same row at the same time: a savepoint keeps the caller's transaction intact
    try {
      savepoint.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO sign_in_address (user_id, address, last_success_at) VALUES (?, ?, ?)",
          userId, address, Timestamp.from(now)));
    } catch (DuplicateKeyException insertedElsewhere) {
      // the row is there, which is all that was needed
    }
  }
}
