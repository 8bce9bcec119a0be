package jp.vaccinationoffice.caseserver.personalinfo;

import java.time.LocalDate;

/** Body of {@code POST …/{id}/amendment-received}: the day the amended request or documents came. */
public record AmendmentReceived(LocalDate receivedOn) {}
