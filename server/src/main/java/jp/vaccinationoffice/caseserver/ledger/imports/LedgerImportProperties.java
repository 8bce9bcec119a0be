package jp.vaccinationoffice.caseserver.ledger.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of ledger imports. The largest file accepted, {@code ledger.import.max-file-size}, sets the
 * server's multipart limits (application.yml).
 *
 * @param errorsListed how many errors of a rejected file are kept and shown (all are counted)
 * @param linesPerBatch how many lines are written per JDBC batch, and how often progress is shown
 */
@ConfigurationProperties("ledger.import")
record LedgerImportProperties(@DefaultValue("1000") int errorsListed, @DefaultValue("5000") int linesPerBatch) {}
