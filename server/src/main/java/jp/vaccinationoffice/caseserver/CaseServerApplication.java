package jp.vaccinationoffice.caseserver;

import jp.vaccinationoffice.caseserver.accounts.throttle.AccountUnlockCommand;
import jp.vaccinationoffice.caseserver.protection.MasterKeyRotationCommand;
import jp.vaccinationoffice.caseserver.search.SearchReindexCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The vaccination-record office's case server: Operaton engine, case store, APIs and workers. */
@SpringBootApplication
public class CaseServerApplication {

  public static void main(String[] args) {
    if (AccountUnlockCommand.isRequested(args)) {
      System.exit(AccountUnlockCommand.run(args));
    }
    if (MasterKeyRotationCommand.isRequested(args)) {
      System.exit(MasterKeyRotationCommand.run(args));
    }
    if (SearchReindexCommand.isRequested(args)) {
      System.exit(SearchReindexCommand.run(args));
    }
    SpringApplication.run(CaseServerApplication.class, args);
  }
}
