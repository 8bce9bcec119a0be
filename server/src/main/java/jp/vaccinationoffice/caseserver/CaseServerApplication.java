package jp.vaccinationoffice.caseserver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The vaccination-record office's case server: Operaton engine, case store, APIs and workers. */
@SpringBootApplication
public class CaseServerApplication {

  public static void main(String[] args) {
    SpringApplication.run(CaseServerApplication.class, args);
  }
}
