package jp.vaccinationoffice.caseserver.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox of the search index: a feature that changes a case or request calls
 * {@link #enqueue} in the transaction that changes it, so the change and the note to index it commit
 * or roll back together. The row names the document only (type, municipality, id); the indexer
 * reads the document's current state when it drains the row, so no personal data waits here.
 */
@Component
public class SearchOutbox {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final SearchIndexerSignal signal;

  private final Map<String, String> typesOfCaseFiles;
  private final Map<String, String> typesOfProcesses;
  private final List<SearchDocumentSource> sources;

  SearchOutbox(JdbcTemplate jdbc, Clock clock, SearchIndexerSignal signal, List<SearchDocumentSource> sources) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.signal = signal;
    this.sources = List.copyOf(sources);
    Map<String, String> types = new HashMap<>();
    Map<String, String> processes = new HashMap<>();
    for (SearchDocumentSource source : sources) {
      source.caseFileType().ifPresent(caseType -> types.put(caseType, source.type()));
      source.processes().forEach(process -> processes.put(process, source.type()));
    }
    this.typesOfCaseFiles = Map.copyOf(types);
    this.typesOfProcesses = Map.copyOf(processes);
  }

  /**
   * An outbox that knows no searchable document type, so that case rows note nothing: for a case
   * store used without the search feature (a feature's tests over the bare tables).
   */
  public static SearchOutbox withoutSearch(JdbcTemplate jdbc, Clock clock) {
    return new SearchOutbox(jdbc, clock, new SearchIndexerSignal(), List.of());
  }

  /** {@link #enqueue} for a row of the shared case table: its type and municipality read from the row. */
  public void enqueueCase(String caseId) {
    List<Map<String, Object>> rows = jdbc.queryForList(
        "SELECT case_type, municipality_code FROM case_file WHERE id = ?", caseId);
    for (Map<String, Object> row : rows) {
      String type = typesOfCaseFiles.get((String) row.get("case_type"));
      if (type != null) {
        enqueue(type, (String) row.get("municipality_code"), caseId);
      }
    }
    for (SearchDocumentSource source : sources) {
      for (SearchDocumentSource.DocumentRef shown : source.showingCase(caseId)) {
        enqueue(source.type(), shown.municipalityCode(), shown.documentId());
      }
    }
  }

  /**
   * {@link #enqueue} for the document a process instance works on: by its definition's key, its
   * municipality (tenant) and its business key; a case of the shared table when no source names the
   * process.
   */
  public void enqueueProcessInstance(String processDefinitionKey, String municipalityCode, String businessKey) {
    if (businessKey == null) {
      return;
    }
    String type = typesOfProcesses.get(processDefinitionKey);
    if (type != null && municipalityCode != null) {
      enqueue(type, municipalityCode, businessKey);
    } else {
      enqueueCase(businessKey);
    }
  }

  /**
   * Notes that the document of that type and id changed. Joins the caller's transaction (it is a
   * plain insert through the same data source); after its commit the indexer on this node is woken.
   */
  public void enqueue(String documentType, String municipalityCode, String documentId) {
    jdbc.update("INSERT INTO search_outbox (document_type, municipality_code, document_id, enqueued_at)"
        + " VALUES (?, ?, ?, ?)", documentType, municipalityCode, documentId, Timestamp.from(clock.instant()));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          signal.wake();
        }
      });
    } else {
      signal.wake();
    }
  }

  /** Rows waiting to be indexed, on every node. */
  public long pending() {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM search_outbox", Long.class);
    return count == null ? 0 : count;
  }
}
