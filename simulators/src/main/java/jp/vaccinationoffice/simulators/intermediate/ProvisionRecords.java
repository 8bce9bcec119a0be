package jp.vaccinationoffice.simulators.intermediate;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import jp.vaccinationoffice.simulators.intermediate.IntermediateMessages.ProvisionRecord;
import jp.vaccinationoffice.simulators.intermediate.IntermediateMessages.ProvisionRecordRequest;
import jp.vaccinationoffice.simulators.support.Resettable;
import jp.vaccinationoffice.simulators.support.SimulatorRequestException;
import org.springframework.stereotype.Component;

/** Records of provisions, one per inquiry. */
@Component
public class ProvisionRecords implements Resettable {

  private final Map<String, ProvisionRecord> byInquiry = new ConcurrentHashMap<>();

  ProvisionRecord add(ProvisionRecordRequest request) {
    ProvisionRecord record = new ProvisionRecord(
        UUID.randomUUID().toString(),
        request.inquiryId(),
        request.requestingMunicipalityCode(),
        request.providingMunicipalityCode(),
        request.outcome(),
        request.itemsProvided() == null ? List.of() : List.copyOf(request.itemsProvided()),
        request.legalBasis(),
        request.decisionId(),
        request.decisionVersion(),
        request.approver(),
        request.at(),
        Instant.now());
    if (byInquiry.putIfAbsent(request.inquiryId(), record) != null) {
      throw SimulatorRequestException.conflict("a provision record for inquiry " + request.inquiryId() + " already exists");
    }
    return record;
  }

  List<ProvisionRecord> involving(String municipalityCode) {
    return byInquiry.values().stream()
        .filter(r -> municipalityCode == null
            || municipalityCode.equals(r.requestingMunicipalityCode())
            || municipalityCode.equals(r.providingMunicipalityCode()))
        .sorted(Comparator.comparing(ProvisionRecord::recordedAt))
        .toList();
  }

  @Override
  public void reset() {
    byInquiry.clear();
  }
}
