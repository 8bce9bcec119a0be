package jp.vaccinationoffice.caseserver.documents.pdf;

import jp.vaccinationoffice.caseserver.startup.StartupRefusedException;

/** No usable Japanese font: the server does not start, and the message says how to install one. */
public class JapaneseFontMissingException extends StartupRefusedException {

  JapaneseFontMissingException(String message, String action) {
    super(message + "; " + action, action);
  }
}
