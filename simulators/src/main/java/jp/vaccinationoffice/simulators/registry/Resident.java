package jp.vaccinationoffice.simulators.registry;

import java.time.LocalDate;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.simulators.support.Sex;

/** A resident registered in one municipality. */
record Resident(
    MyNumber myNumber,
    String addresseeNumber,
    String familyName,
    String givenName,
    String familyNameKana,
    String givenNameKana,
    LocalDate birthDate,
    Sex sex,
    String address,
    boolean supportMeasure) {}
