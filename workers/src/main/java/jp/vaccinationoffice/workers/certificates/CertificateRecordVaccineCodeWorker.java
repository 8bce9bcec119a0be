package jp.vaccinationoffice.workers.certificates;

import java.util.Map;
import jp.vaccinationoffice.workers.runtime.CaseTask;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import jp.vaccinationoffice.workers.runtime.PermanentFailure;
import org.springframework.stereotype.Component;

/**
 * Records the CVX code and English names the {@code vaccine-code} decision gave the dose, on every
 * dose of the same product (the next round of the loop takes a dose of another product). A product
 * the table does not know is never guessed: the step stops with an incident naming the product, for
 * a clerk to have the table completed.
 */
@Component
@ExternalTaskTopic(value = "certificate-record-vaccine-code",
    variables = {"cvxCode", "manufacturer", "product", "doseNumber", "vaccineNameEn", "manufacturerEn"})
public class CertificateRecordVaccineCodeWorker implements CaseWorker {

  private final CertificateCaseStore cases;

  public CertificateRecordVaccineCodeWorker(CertificateCaseStore cases) {
    this.cases = cases;
  }

  @Override
  public Map<String, Object> execute(CaseTask task) {
    String cvxCode = task.variable("cvxCode");
    if (cvxCode == null || cvxCode.isBlank()) {
      throw new UnknownVaccineProduct(task.variable("manufacturer"), task.variable("product"));
    }
    Number doseNumber = task.variable("doseNumber");
    cases.recordVaccineCode(task.caseId(), doseNumber.intValue(), cvxCode, task.variable("vaccineNameEn"),
        task.variable("manufacturerEn"));
    return Map.of();
  }

  /** The decision table has no CVX code for this product. */
  static final class UnknownVaccineProduct extends RuntimeException implements PermanentFailure {

    UnknownVaccineProduct(String manufacturer, String product) {
      super("決定表 vaccine-code に製品「" + product + "」（" + manufacturer + "）のCVXコードがありません。"
          + "dmn/vaccine-code.dmn に追加してデプロイし、案件を「ワクチンコードを判定する」からやり直してください");
    }

    @Override
    public String errorCode() {
      return "UNKNOWN_VACCINE_PRODUCT";
    }

    @Override
    public String title() {
      return getMessage();
    }
  }
}
