package jp.vaccinationoffice.caseserver.movein;

/** Answer to an accepted move-in request. */
public record MoveInReceipt(String caseId, String processInstanceId, String consentId, String status) {}
