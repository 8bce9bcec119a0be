package jp.vaccinationoffice.simulators.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** First answers per (operation, Idempotency-Key), kept to replay them to repeated calls. */
class IdempotentReplies implements Resettable {

  /** The request a key was first used for and, once it succeeded, its answer. */
  static final class Slot {
    private final Object request;
    private Reply reply;

    private Slot(Object request) {
      this.request = request;
    }

    Object request() {
      return request;
    }

    Reply reply() {
      return reply;
    }

    void complete(Reply first) {
      this.reply = first;
    }
  }

  private final Map<String, Slot> slots = new ConcurrentHashMap<>();

  Slot slotFor(Enum<?> operation, String key, Object request) {
    return slots.computeIfAbsent(operation.name() + "\n" + key, k -> new Slot(request));
  }

  @Override
  public void reset() {
    slots.clear();
  }
}
