package jp.vaccinationoffice.workers.provision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.SimulatedNationalSystems;
import jp.vaccinationoffice.workers.gateway.vrs.VaccinationRecord;
import jp.vaccinationoffice.workers.runtime.CaseTask;

/** An inquiry of 宇部市 to 防府市 about one resident, as the provision workers see it. */
final class ProvisionFixtures {

  static final MunicipalityCode HOFU = MunicipalityCode.parse("352063");
  static final MunicipalityCode UBE = MunicipalityCode.parse("352021");
  static final MyNumber PERSON = MyNumber.parse("123456789018");
  static final VaccinationRecord DOSE =
      new VaccinationRecord(1, LocalDate.of(2021, 6, 1), "ファイザー", "コミナティ", "FA1234");

  private ProvisionFixtures() {}

  /** Sends the inquiry through the VRS simulator, as 宇部市 would; its id is the case id. */
  static String inquiryFromUbe(SimulatedNationalSystems national) {
    return national.vrs().sendInquiry(CallScope.of("ube-case", "ask-previous-municipality", "ask:1"), UBE, HOFU, PERSON)
        .inquiryId();
  }

  static ProvisionSubject subject(String inquiryId) {
    return new ProvisionSubject(inquiryId, HOFU, UBE, PERSON);
  }

  static CaseTask task(String inquiryId, String activityId) {
    return task(inquiryId, activityId, Map.of());
  }

  static CaseTask task(String inquiryId, String activityId, Map<String, Object> variables) {
    return new CaseTask(inquiryId, activityId, activityId + ":1", HOFU.value(), "process-1", variables);
  }

  static List<VaccinationRecord> oneDose() {
    return List.of(DOSE);
  }
}
