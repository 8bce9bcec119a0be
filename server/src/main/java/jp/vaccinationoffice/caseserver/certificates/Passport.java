package jp.vaccinationoffice.caseserver.certificates;

/**
 * 旅券関係情報 of a certificate for travel: passport number, nationality (ISO 3166-1 alpha-3), the
 * name in Roman letters as in the passport, and 旧姓・別姓・別名 where the passport shows one.
 */
public record Passport(String number, String nationality, String familyNameRoman, String givenNameRoman,
    String otherName) {}
