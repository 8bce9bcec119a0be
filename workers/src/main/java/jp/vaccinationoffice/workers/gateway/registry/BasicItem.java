package jp.vaccinationoffice.workers.gateway.registry;

/** The basic items a registry verification compares. */
public enum BasicItem {
  FAMILY_NAME,
  GIVEN_NAME,
  FAMILY_NAME_KANA,
  GIVEN_NAME_KANA,
  BIRTH_DATE,
  SEX,
  ADDRESS
}
