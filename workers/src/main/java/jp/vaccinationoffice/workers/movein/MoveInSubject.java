package jp.vaccinationoffice.workers.movein;

import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.gateway.registry.BasicItems;

/** The resident of a move-in case and the municipalities involved. */
public record MoveInSubject(
    String caseId,
    MunicipalityCode municipality,
    MunicipalityCode previousMunicipality,
    MyNumber myNumber,
    BasicItems basicItems) {}
