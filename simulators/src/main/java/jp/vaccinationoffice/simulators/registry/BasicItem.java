package jp.vaccinationoffice.simulators.registry;

/** The basic items (基本4情報 and kana) a verification compares. */
public enum BasicItem {
  FAMILY_NAME,
  GIVEN_NAME,
  FAMILY_NAME_KANA,
  GIVEN_NAME_KANA,
  BIRTH_DATE,
  SEX,
  ADDRESS
}
