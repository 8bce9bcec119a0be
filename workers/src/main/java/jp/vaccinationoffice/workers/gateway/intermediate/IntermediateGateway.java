package jp.vaccinationoffice.workers.gateway.intermediate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.IdempotentCalls;
import jp.vaccinationoffice.workers.gateway.JsonHttpClient;
import jp.vaccinationoffice.workers.gateway.NationalSystem;

/** The intermediate server, which keeps the records of provisions between bodies. */
public class IntermediateGateway {

  public static final String RECORD_PROVISION = "RECORD_PROVISION";

  private final JsonHttpClient http;
  private final IdempotentCalls calls;

  public IntermediateGateway(JsonHttpClient http, IdempotentCalls calls) {
    this.http = http;
    this.calls = calls;
  }

  public ProvisionRecordReceipt recordProvision(CallScope scope, ProvisionRecord record) {
    Objects.requireNonNull(record, "record");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("inquiryId", record.inquiryId());
    body.put("requestingMunicipalityCode", record.requestingMunicipality().value());
    body.put("providingMunicipalityCode", record.providingMunicipality().value());
    body.put("outcome", record.outcome());
    body.put("itemsProvided", record.itemsProvided());
    body.put("legalBasis", record.legalBasis());
    body.put("decisionId", record.decisionId());
    body.put("decisionVersion", record.decisionVersion());
    body.put("approver", record.approver());
    body.put("at", record.at());
    return calls.run(scope, NationalSystem.INTERMEDIATE, RECORD_PROVISION,
        key -> http.post(RECORD_PROVISION, "/provision-records", body, key, ProvisionRecordReceipt.class),
        receipt -> ProvisionRecordReceipt.Outcome.RECORDED);
  }
}
