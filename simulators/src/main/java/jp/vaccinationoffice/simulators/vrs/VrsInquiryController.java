package jp.vaccinationoffice.simulators.vrs;

import java.util.List;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.simulators.support.Call;
import jp.vaccinationoffice.simulators.support.CallOutcome;
import jp.vaccinationoffice.simulators.support.Reply;
import jp.vaccinationoffice.simulators.support.Require;
import jp.vaccinationoffice.simulators.support.SimulatedSystem;
import jp.vaccinationoffice.simulators.support.SimulatorRequestException;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.Dose;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.InquiryAnswer;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.InquiryReceipt;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.InquiryRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Inquiries: one municipality asks another for a person's records; the other answers. */
@RestController
@RequestMapping("/sim/vrs")
public class VrsInquiryController {

  private static final String KEY = SimulatedSystem.IDEMPOTENCY_KEY;

  private final VrsInquiries inquiries;
  private final InquiryDeliverer deliverer;
  private final VrsSimulation simulation;

  public VrsInquiryController(VrsInquiries inquiries, InquiryDeliverer deliverer, VrsSimulation simulation) {
    this.inquiries = inquiries;
    this.deliverer = deliverer;
    this.simulation = simulation;
  }

  @PostMapping("/inquiries")
  public ResponseEntity<Object> inquire(@RequestHeader(name = KEY, required = false) String key, @RequestBody InquiryRequest request) {
    MunicipalityCode from = Require.municipality(Require.text(request.fromMunicipalityCode(), "fromMunicipalityCode"));
    MunicipalityCode to = Require.municipality(Require.text(request.toMunicipalityCode(), "toMunicipalityCode"));
    MyNumber myNumber = Require.myNumber(request.myNumber());
    Require.that(!from.equals(to), "fromMunicipalityCode and toMunicipalityCode must differ");
    Call<VrsOperation> call = Call.mutating(VrsOperation.INQUIRE, from.value(), myNumber, key, List.of(from, to, myNumber));
    return simulation.handle(call, () -> {
      VrsInquiry inquiry = inquiries.open(from, to, myNumber, deliverer.configured() ? DeliveryState.PENDING : DeliveryState.NOT_CONFIGURED);
      deliverer.deliver(inquiry);
      return Reply.accepted(new InquiryReceipt(inquiry.id(), inquiry.status()));
    });
  }

  @GetMapping("/inquiries/{inquiryId}")
  public ResponseEntity<Object> inquiry(@PathVariable String inquiryId) {
    VrsInquiry inquiry = inquiries.find(inquiryId)
        .orElseThrow(() -> SimulatorRequestException.notFound("no inquiry " + inquiryId));
    Call<VrsOperation> call = Call.reading(VrsOperation.INQUIRY_STATUS, inquiry.from().value(), inquiry.myNumber(), null, inquiryId);
    return simulation.handle(call, () -> Reply.ok(inquiries.find(inquiryId).orElseThrow().view(), CallOutcome.OK));
  }

  @PostMapping("/municipalities/{code}/inquiries/{inquiryId}/answer")
  public ResponseEntity<Object> answer(
      @PathVariable String code,
      @PathVariable String inquiryId,
      @RequestHeader(name = KEY, required = false) String key,
      @RequestBody InquiryAnswer answer) {
    MunicipalityCode answering = Require.municipality(code);
    InquiryStatus outcome = Require.present(answer.outcome(), "outcome");
    Require.that(outcome != InquiryStatus.PENDING, "outcome must be ANSWERED, NOT_FOUND or REFUSED");
    List<Dose> records = Doses.validated(answer.records(), "records");
    if (outcome == InquiryStatus.ANSWERED) {
      Require.notEmpty(records, "records");
    } else {
      Require.that(records.isEmpty(), "records must be empty when the outcome is " + outcome);
    }
    VrsInquiry inquiry = inquiries.find(inquiryId)
        .filter(i -> i.to().equals(answering))
        .orElseThrow(() -> SimulatorRequestException.notFound("no inquiry " + inquiryId + " is addressed to municipality " + answering));
    Call<VrsOperation> call = Call.mutating(VrsOperation.PROVIDE, answering.value(), inquiry.myNumber(), key, List.of(answering, inquiryId, outcome, records));
    return simulation.handle(call, () -> {
      VrsInquiry answered = inquiries.answer(inquiryId, answering, outcome, records);
      return Reply.ok(new InquiryReceipt(answered.id(), answered.status()), CallOutcome.OK);
    });
  }
}
