package jp.vaccinationoffice.workers.gateway.registry;

/** The basic items a registry verification compares, with the name a clerk reads on a form. */
public enum BasicItem {
  FAMILY_NAME("氏"),
  GIVEN_NAME("名"),
  FAMILY_NAME_KANA("氏（カナ）"),
  GIVEN_NAME_KANA("名（カナ）"),
  BIRTH_DATE("生年月日"),
  SEX("性別"),
  ADDRESS("住所");

  private final String label;

  BasicItem(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
