package jp.vaccinationoffice.workers.certificates;

import java.util.List;
import java.util.Optional;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.gateway.vrs.VaccinationRecord;

/**
 * What the certificate workers read from and write to the case store. Process variables carry the
 * case id and codes; the applicant's My Number is read here when VRS must be asked.
 */
public interface CertificateCaseStore {

  /** The municipality the request was made to and the applicant's My Number. */
  record Applicant(MunicipalityCode municipality, MyNumber myNumber) {}

  /**
   * How many of the doses found were given while the person lived here, how many elsewhere, and the
   * municipality of the latest dose given elsewhere (null when none).
   */
  record DoseCount(int here, int elsewhere, String elsewhereMunicipalityCode) {}

  /** A dose whose vaccine has no CVX code yet. */
  record UncodedDose(int doseNumber, String manufacturer, String product) {}

  Applicant applicant(String caseId);

  /**
   * Takes the person's doses from this municipality's ledger, found by the My Number index; false,
   * taking nothing, when the ledger holds no dose of the person. Repeating it gives the same doses.
   */
  boolean takeDosesFromLedger(String caseId);

  /** Takes the doses VRS holds in this municipality's partition (all given here); repeatable. */
  void takeDosesFromVrs(String caseId, List<VaccinationRecord> records);

  DoseCount doseCount(String caseId);

  /** The first dose this municipality certifies that has no vaccine code yet. */
  Optional<UncodedDose> nextUncodedDose(String caseId);

  /**
   * Records the vaccine code of dose {@code doseNumber} on it and on every other dose of the same
   * maker and product not coded yet, so that the decision is taken once per product.
   */
  void recordVaccineCode(String caseId, int doseNumber, String cvxCode, String vaccineNameEn, String manufacturerEn);

  /** Issues the certificate of the case once (its record, signed SMART Health Card); its id. */
  String issueCertificate(String caseId);

  /** Records the notice that no dose can be certified here, naming where to apply; idempotent. */
  void recordNoDosesNotice(String caseId, String applyToMunicipalityCode);
}
