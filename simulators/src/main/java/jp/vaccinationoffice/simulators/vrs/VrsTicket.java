package jp.vaccinationoffice.simulators.vrs;

import java.time.Instant;
import jp.vaccinationoffice.common.MyNumber;

/** A vaccination ticket (接種券) registered in one municipality's partition. */
record VrsTicket(String ticketNumber, MyNumber myNumber, Instant registeredAt) {}
