package jp.vaccinationoffice.simulators.jpki;

import java.security.KeyPair;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The RSA-2048 key pairs of the simulated J-LIS and its cards. The real ones each make their own key;
 * making one here costs from a tenth of a second to two seconds of CPU (the test JVMs run without the
 * optimising compiler, which is what makes big-number arithmetic fast), and the tests and benchmarks
 * start dozens of simulators and issue hundreds of cards in one JVM. So the simulator's J-LIS key is
 * made once per JVM, and the cards' keys come from a ring of {@value #CARD_KEYS} pairs made on first
 * need and handed out in turn: two cards issued one after the other never share a key (a card with a
 * signing certificate takes two), and none shares J-LIS's. In the build's tests the keys come from
 * {@link KeyPairFolder}, made once for all test JVMs.
 */
final class SimulatedKeys {

  static final int CARD_KEYS = 4;

  private static final KeyPair[] RING = new KeyPair[CARD_KEYS];
  private static final Object[] SLOT_LOCKS = new Object[CARD_KEYS];
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static volatile KeyPair jlis;

  static {
    for (int i = 0; i < CARD_KEYS; i++) {
      SLOT_LOCKS[i] = new Object();
    }
  }

  private SimulatedKeys() {}

  /** The key of the simulated J-LIS. */
  static KeyPair jlis() {
    KeyPair keys = jlis;
    if (keys == null) {
      synchronized (SimulatedKeys.class) {
        if (jlis == null) {
          jlis = KeyPairFolder.named("jlis");
        }
        keys = jlis;
      }
    }
    return keys;
  }

  /** The next card key of the ring. */
  static KeyPair nextCardKey() {
    int slot = Math.floorMod(NEXT.getAndIncrement(), CARD_KEYS);
    synchronized (SLOT_LOCKS[slot]) {
      if (RING[slot] == null) {
        RING[slot] = KeyPairFolder.named("card-" + slot);
      }
      return RING[slot];
    }
  }
}
