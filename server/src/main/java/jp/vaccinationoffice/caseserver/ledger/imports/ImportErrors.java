package jp.vaccinationoffice.caseserver.ledger.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The errors of one file: counted in full, listed up to a limit (a file with an error on every
 * line would otherwise list hundreds of thousands). Each check reports its errors in line order;
 * the list merges them by line.
 */
final class ImportErrors implements Consumer<ImportError> {

  private final int listed;
  private final List<ImportError> errors = new ArrayList<>();
  private int count;

  ImportErrors(int listed) {
    this.listed = listed;
  }

  @Override
  public void accept(ImportError error) {
    count++;
    errors.add(error);
    if (errors.size() > 2 * listed) {
      trim();
    }
  }

  boolean any() {
    return count > 0;
  }

  int count() {
    return count;
  }

  /** The first errors by line, at most the limit. */
  List<ImportError> listed() {
    trim();
    return List.copyOf(errors);
  }

  private void trim() {
    errors.sort(Comparator.comparingInt(ImportError::line));
    if (errors.size() > listed) {
      errors.subList(listed, errors.size()).clear();
    }
  }
}
