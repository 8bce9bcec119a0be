package jp.vaccinationoffice.workers.provision;

import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;

/** The person an inquiry asks about, and who asks whom. */
public record ProvisionSubject(
    String inquiryId, MunicipalityCode municipality, MunicipalityCode requestingMunicipality, MyNumber myNumber) {}
