package jp.vaccinationoffice.caseserver.certificates;

/** A name as one string (氏名 as on the card) split into family and given name at its first space. */
final class HolderNames {

  private HolderNames() {}

  static String[] split(String name) {
    String trimmed = name.strip();
    int space = trimmed.indexOf(' ');
    int wide = trimmed.indexOf('\u3000');
    int at = space < 0 ? wide : wide < 0 ? space : Math.min(space, wide);
    if (at < 0) {
      return new String[] {trimmed, ""};
    }
    return new String[] {trimmed.substring(0, at).strip(), trimmed.substring(at + 1).strip()};
  }

  static String join(String familyName, String givenName) {
    return givenName == null || givenName.isBlank() ? familyName : familyName + " " + givenName;
  }
}
