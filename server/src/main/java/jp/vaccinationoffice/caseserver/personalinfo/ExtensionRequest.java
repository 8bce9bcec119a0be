package jp.vaccinationoffice.caseserver.personalinfo;

import java.time.LocalDate;

/**
 * Body of {@code POST …/{id}/extension}: extend by {@code days} (1 to 30) with its reason (法第83条第2項
 * etc.); or, with {@code special: true}, the 特例 (法第84条 etc.): a reasonable part within 60 days and
 * the rest by {@code restBy}.
 */
public record ExtensionRequest(Integer days, String reason, Boolean special, LocalDate restBy) {}
