package jp.vaccinationoffice.caseserver.personalinfo;

import java.time.LocalDate;

/** The answer to an intake: ids, the status and the statutory deadline. */
public record RequestReceipt(String requestId, String processInstanceId, String status, LocalDate deadline) {}
