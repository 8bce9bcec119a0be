package jp.vaccinationoffice.caseserver.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the documents of one type come from: a Spring bean per type, in the feature's own package
 * (e.g. {@code movein.MoveInSearchDocuments}). The indexer asks it for the current state of a
 * document named in the outbox, and the reindex for every document there is.
 */
public interface SearchDocumentSource {

  /** The type name, e.g. {@code move-in}; what {@link SearchOutbox#enqueue} is called with. */
  String type();

  /** The document as the database holds it now; empty when it is gone (the index entry is removed). */
  Optional<SearchDocument> load(String documentId);

  /**
   * The {@code case_file.case_type} whose rows are documents of this type, if they live in the
   * shared case table: then {@link SearchOutbox#enqueueCase} finds the type by the case.
   */
  default Optional<String> caseFileType() {
    return Optional.empty();
  }

  /**
   * The process definitions whose instances carry a document id of this type as business key: a
   * change to one of their user tasks (who works it) reindexes that document. Processes of a
   * {@link #caseFileType()} case need not be named: their business key is the case id.
   */
  default Set<String> processes() {
    return Set.of();
  }

  /**
   * The documents of this type that show something of a row of the shared case table (its status,
   * its names, who works it) besides the case's own document: {@link SearchOutbox#enqueueCase}
   * notes them too.
   */
  default List<DocumentRef> showingCase(String caseId) {
    return List.of();
  }

  /**
   * The documents of these ids that exist, by id; the indexer loads a batch at once. By default one
   * {@link #load} per id: a source over a table overrides it with one query.
   */
  default Map<String, SearchDocument> loadAll(Collection<String> documentIds) {
    Map<String, SearchDocument> found = new HashMap<>();
    for (String id : documentIds) {
      load(id).ifPresent(document -> found.put(id, document));
    }
    return found;
  }

  /** A page of every document's reference, ordered by id, after {@code afterId} (null: from the start). */
  List<DocumentRef> documentsAfter(String afterId, int limit);

  /** A document's municipality and id. */
  record DocumentRef(String municipalityCode, String documentId) {}
}
