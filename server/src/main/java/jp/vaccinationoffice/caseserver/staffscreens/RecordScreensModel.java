package jp.vaccinationoffice.caseserver.staffscreens;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The words of the record screens (imports, provision records, the access log, case pages). */
@ControllerAdvice(assignableTypes = {LedgerImportScreen.class, ProvisionRecordsScreen.class, AccessLogScreen.class,
    CasePageScreen.class})
class RecordScreensModel {

  private static final ScreenWords WORDS = new ScreenWords();

  @ModelAttribute("words")
  ScreenWords words() {
    return WORDS;
  }
}
