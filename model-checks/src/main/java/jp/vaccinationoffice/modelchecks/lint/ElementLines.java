package jp.vaccinationoffice.modelchecks.lint;

import java.util.HashMap;
import java.util.Map;

/** Where each element id of a file is written; the model APIs forget line numbers. */
final class ElementLines {

  private final Map<String, Integer> lineById = new HashMap<>();

  void put(String id, int line) {
    lineById.putIfAbsent(id, line);
  }

  Integer lineOf(String id) {
    return id == null ? null : lineById.get(id);
  }
}
