package jp.vaccinationoffice.simulators.intermediate;

import java.util.List;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.simulators.intermediate.IntermediateMessages.ProvisionRecord;
import jp.vaccinationoffice.simulators.intermediate.IntermediateMessages.ProvisionRecordRequest;
import jp.vaccinationoffice.simulators.support.Call;
import jp.vaccinationoffice.simulators.support.Reply;
import jp.vaccinationoffice.simulators.support.Require;
import jp.vaccinationoffice.simulators.support.SimulatedSystemController;
import jp.vaccinationoffice.simulators.support.SimulatedSystem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The intermediate server's records of provisions (情報提供等の記録). */
@RestController
@RequestMapping("/sim/intermediate")
public class IntermediateController extends SimulatedSystemController {

  private final ProvisionRecords records;
  private final IntermediateSimulation simulation;

  public IntermediateController(ProvisionRecords records, IntermediateSimulation simulation) {
    super(simulation);
    this.records = records;
    this.simulation = simulation;
  }

  @PostMapping("/provision-records")
  public ResponseEntity<Object> record(
      @RequestHeader(name = SimulatedSystem.IDEMPOTENCY_KEY, required = false) String key,
      @RequestBody ProvisionRecordRequest request) {
    Require.text(request.inquiryId(), "inquiryId");
    Require.municipality(Require.text(request.requestingMunicipalityCode(), "requestingMunicipalityCode"));
    MunicipalityCode providing = Require.municipality(Require.text(request.providingMunicipalityCode(), "providingMunicipalityCode"));
    ProvisionOutcome outcome = Require.present(request.outcome(), "outcome");
    if (outcome == ProvisionOutcome.PROVIDED) {
      Require.notEmpty(request.itemsProvided(), "itemsProvided");
      request.itemsProvided().forEach(item -> Require.text(item, "itemsProvided[]"));
    } else {
      Require.that(request.itemsProvided() == null || request.itemsProvided().isEmpty(), "itemsProvided must be empty when the outcome is " + outcome);
    }
    Require.text(request.legalBasis(), "legalBasis");
    Require.text(request.decisionId(), "decisionId");
    Require.that(Require.present(request.decisionVersion(), "decisionVersion") >= 1, "decisionVersion must be at least 1");
    Require.present(request.at(), "at");
    Call<IntermediateOperation> call = Call.mutating(IntermediateOperation.RECORD_PROVISION, providing.value(), null, key, request);
    return simulation.handle(call, () -> Reply.created(records.add(request)));
  }

  @GetMapping("/provision-records")
  public List<ProvisionRecord> list(@RequestParam(required = false) String municipalityCode) {
    if (municipalityCode != null && !municipalityCode.isBlank()) {
      return records.involving(Require.municipality(municipalityCode).value());
    }
    return records.involving(null);
  }
}
