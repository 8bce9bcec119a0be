package jp.vaccinationoffice.caseserver.cases;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The reception number (受付番号) staff quote for a case: the first eight characters of its id,
 * upper case, for the generated ids; an id given from outside (a VRS inquiry's) is used as it is.
 * It names the case only, never the person, and goes into task names and the case panel.
 */
public final class ReceptionNumbers {

  /** The process variable task names read it from ({@code （受付番号 ${receptionNumber}）}). */
  public static final String VARIABLE = "receptionNumber";
  private static final Pattern GENERATED_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private ReceptionNumbers() {}

  public static String of(String caseId) {
    return GENERATED_ID.matcher(caseId).matches() ? caseId.substring(0, 8).toUpperCase(Locale.ROOT) : caseId;
  }
}
