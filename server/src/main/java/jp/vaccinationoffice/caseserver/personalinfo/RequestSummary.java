package jp.vaccinationoffice.caseserver.personalinfo;

import java.time.LocalDate;

/** One request in the list: codes and dates only. */
public record RequestSummary(String requestId, String type, String channel, String status, LocalDate receivedOn,
    LocalDate deadline, boolean paused, boolean overdue) {}
