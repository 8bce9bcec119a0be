package jp.vaccinationoffice.caseserver.ledger.imports;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.accesslog.AccessSubjects;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Receives ledger files and runs their imports in the background, one at a time per municipality.
 * The upload stays in memory: a file of My Numbers in clear is never written to disk.
 */
@Service
public class LedgerImports {

  private static final int LISTED_IMPORTS = 50;

  private final LedgerImportStore store;
  private final LedgerImportRunner runner;
  private final AccessLog accessLog;
  private final TaskExecutor executor;
  private final TransactionTemplate transaction;

  LedgerImports(LedgerImportStore store, LedgerImportRunner runner, AccessLog accessLog,
      @Qualifier(LedgerImportConfiguration.EXECUTOR) TaskExecutor executor, PlatformTransactionManager transactions) {
    this.store = store;
    this.runner = runner;
    this.accessLog = accessLog;
    this.executor = executor;
    this.transaction = new TransactionTemplate(transactions);
  }

  public LedgerImportView start(MultipartFile file, StaffPrincipal staff, String clientAddress) {
    byte[] content = bytes(file);
    CsvUpload upload = CsvUpload.inspect(content);
    String municipality = staff.municipalityCode();
    String id = UUID.randomUUID().toString();
    transaction.executeWithoutResult(status -> {
      store.lockMunicipality(municipality);
      store.closeAbandoned(municipality);
      store.running(municipality).ifPresent(running -> {
        throw ApiException.conflict("import " + running + " of this municipality is still running: wait until it ends");
      });
      store.create(id, municipality, serverFileName(id), sha256(content), content.length, upload.encoding(), staff.userId());
      accessLog.record(new AccessEntry(staff.userId(), municipality, AccessAction.CREATE, AccessSubjects.LEDGER_IMPORT, id, null,
          clientAddress));
    });
    try {
      executor.execute(() -> runner.run(
          new LedgerImportRunner.Submission(id, municipality, staff.userId(), clientAddress, upload.text())));
    } catch (RejectedExecutionException e) {
      store.fail(id, "the server is busy with other imports; nothing was imported, send the file again later");
      throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "the server is busy with other imports: send the file again later");
    }
    return find(municipality, id);
  }

  public LedgerImportView find(String municipalityCode, String importId) {
    store.closeAbandoned(municipalityCode);
    return store.find(municipalityCode, importId).orElseThrow(() -> ApiException.notFound("import " + importId));
  }

  public List<LedgerImportView> latest(String municipalityCode) {
    store.closeAbandoned(municipalityCode);
    return store.latest(municipalityCode, LISTED_IMPORTS);
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw ApiException.badRequest("the upload could not be read to its end");
    }
  }

  /**
   * The name the import is shown under. The name the file was sent with is never kept or shown: it
   * may hold a resident's name or a My Number, or markup meant for whoever views it.
   */
  static String serverFileName(String importId) {
    return "ledger-import-" + importId + ".csv";
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
