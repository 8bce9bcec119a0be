package jp.vaccinationoffice.caseserver.accesslog;

/**
 * The operation log (操作ログ): one row for every read, search, export or change of specific
 * personal information, appended in the same transaction as the access it records.
 */
public interface AccessLog {

  void record(AccessEntry entry);
}
