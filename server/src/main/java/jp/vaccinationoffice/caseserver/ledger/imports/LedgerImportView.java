package jp.vaccinationoffice.caseserver.ledger.imports;

import java.time.Instant;
import java.util.List;

/** An import as the API shows it. */
public record LedgerImportView(
    String importId,
    ImportStatus status,
    ImportPhase phase,
    String fileName,
    long fileBytes,
    String encoding,
    Integer rowsTotal,
    int rowsImported,
    Integer personsAdded,
    Integer personsUpdated,
    Integer dosesAdded,
    Integer dosesUnchanged,
    int errorCount,
    List<ImportError> errors,
    String failure,
    String startedBy,
    Instant startedAt,
    Instant finishedAt) {}
