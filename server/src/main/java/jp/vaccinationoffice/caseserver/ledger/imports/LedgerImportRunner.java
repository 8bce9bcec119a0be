package jp.vaccinationoffice.caseserver.ledger.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.accesslog.AccessSubjects;
import jp.vaccinationoffice.caseserver.ledger.LedgerBulkWriter;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import: reads and checks every line, compares the file with the ledger, and then either
 * rejects the file with all its errors or writes it into the ledger in one transaction, so that an
 * import is never half done.
 */
@Component
class LedgerImportRunner {

  private static final Logger LOG = LoggerFactory.getLogger(LedgerImportRunner.class);

  /** An accepted upload, decoded, with who sent it. */
  record Submission(String importId, String municipalityCode, String userId, String clientAddress, String text) {}

  private record ReadLines(List<LedgerRow> rows, int lineCount) {}

  private final LedgerImportStore store;
  private final LedgerBulkWriter ledger;
  private final PersonalDataCipher cipher;
  private final AccessLog accessLog;
  private final TransactionTemplate transaction;
  private final LedgerImportProperties properties;
  private final Clock clock;

  LedgerImportRunner(LedgerImportStore store, LedgerBulkWriter ledger, PersonalDataCipher cipher, AccessLog accessLog,
      PlatformTransactionManager transactions, LedgerImportProperties properties, Clock clock) {
    this.store = store;
    this.ledger = ledger;
    this.cipher = cipher;
    this.accessLog = accessLog;
    this.transaction = new TransactionTemplate(transactions);
    this.properties = properties;
    this.clock = clock;
  }

  void run(Submission submission) {
    String id = submission.importId();
    try {
      ImportErrors errors = new ImportErrors(properties.errorsListed());
      ReadLines read = read(submission.text(), errors);
      store.progress(id, ImportPhase.CHECKING, read.lineCount(), 0);
      ImportPlan plan = plan(submission.municipalityCode(), read.rows(), errors);
      if (errors.any()) {
        store.reject(id, read.lineCount(), errors.count(), errors.listed());
        return;
      }
      write(submission, plan, read.lineCount());
    } catch (DataIntegrityViolationException e) {
      store.fail(id, "the ledger changed while the file was being imported; nothing was imported, import the file again");
    } catch (RuntimeException e) {
      LOG.error("Ledger import {} failed", id, e);
      store.fail(id, "the import failed (" + e.getClass().getSimpleName() + "); nothing was imported");
    }
  }

  private ReadLines read(String text, ImportErrors errors) {
    CsvLines lines = new CsvLines(text);
    LedgerRowParser parser = new LedgerRowParser(clock);
    List<LedgerRow> rows = new ArrayList<>();
    while (lines.hasNext()) {
      List<String> fields;
      try {
        fields = lines.next();
      } catch (CsvLines.MalformedLine e) {
        errors.accept(new ImportError(lines.lineNumber(), null, e.getMessage()));
        continue;
      }
      if (lines.lineNumber() == 1) {
        checkHeader(fields, errors);
        continue;
      }
      LedgerRow row = parser.parse(lines.lineNumber(), fields, errors);
      if (row != null) {
        rows.add(row);
      }
    }
    int dataLines = Math.max(0, lines.lineNumber() - 1);
    if (dataLines == 0 && !errors.any()) {
      errors.accept(new ImportError(1, null, "the file holds a header but no lines of data"));
    }
    return new ReadLines(rows, dataLines);
  }

  private static void checkHeader(List<String> fields, ImportErrors errors) {
    List<String> headings = fields.stream().map(String::strip).toList();
    if (headings.equals(LedgerColumn.HEADER)) {
      return;
    }
    if (headings.size() != LedgerColumn.HEADER.size()) {
      errors.accept(new ImportError(1, null, "the header has " + headings.size() + " columns, the ledger export "
          + LedgerColumn.HEADER.size() + ": " + String.join(",", LedgerColumn.HEADER)));
      return;
    }
    for (LedgerColumn column : LedgerColumn.values()) {
      if (!headings.get(column.ordinal()).equals(column.heading())) {
        errors.accept(ImportError.at(1, column, "column " + (column.ordinal() + 1) + " of the header must be "
            + column.heading()));
      }
    }
  }

  private ImportPlan plan(String municipalityCode, List<LedgerRow> rows, ImportErrors errors) {
    if (rows.isEmpty()) {
      return new ImportPlan(List.of(), List.of(), 0);
    }
    ImportPlanner planner = new ImportPlanner(ledger.snapshot(municipalityCode), errors);
    for (LedgerRow row : rows) {
      planner.add(row, cipher.index(municipalityCode, row.person().myNumber()));
    }
    return planner.plan();
  }

  private void write(Submission submission, ImportPlan plan, int lineCount) {
    String municipality = submission.municipalityCode();
    String source = "IMPORT:" + submission.importId().replace("-", "");
    transaction.executeWithoutResult(status -> {
      Timestamp now = Timestamp.from(clock.instant());
      ledger.updatePersons(plan.personUpdates(), now);
      List<ImportPlan.Step> steps = plan.steps();
      for (int start = 0; start < steps.size(); start += properties.linesPerBatch()) {
        List<ImportPlan.Step> batch = steps.subList(start, Math.min(steps.size(), start + properties.linesPerBatch()));
        ledger.addPersons(municipality, batch.stream().map(ImportPlan.Step::newPerson).filter(p -> p != null).toList(), now);
        ledger.addDoses(batch.stream().map(ImportPlan.Step::newDose).filter(d -> d != null).toList(), source);
        store.progress(submission.importId(), ImportPhase.WRITING, null, batch.get(batch.size() - 1).line() - 1);
      }
      store.complete(submission.importId(), new LedgerImportStore.Counts(lineCount, plan.personsAdded(),
          plan.personUpdates().size(), plan.dosesAdded(), plan.dosesUnchanged()));
      accessLog.record(new AccessEntry(submission.userId(), municipality, AccessAction.UPDATE, AccessSubjects.LEDGER,
          submission.importId(), null, submission.clientAddress()));
    });
  }
}
