package jp.vaccinationoffice.workers.gateway.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.IdempotentCalls;
import jp.vaccinationoffice.workers.gateway.JsonHttpClient;
import jp.vaccinationoffice.workers.gateway.NationalSystem;

/** The resident registry and integrated addressee system of a municipality. */
public class RegistryGateway {

  public static final String VERIFY = "VERIFY";
  public static final String SUPPORT_MEASURE_LOOKUP = "SUPPORT_MEASURE_LOOKUP";

  private final JsonHttpClient http;
  private final IdempotentCalls calls;

  public RegistryGateway(JsonHttpClient http, IdempotentCalls calls) {
    this.http = http;
    this.calls = calls;
  }

  /** Whether {@code myNumber} belongs to a resident of {@code municipality} with these basic items. */
  public ResidentVerification verifyResident(CallScope scope, MunicipalityCode municipality, MyNumber myNumber, BasicItems items) {
    Objects.requireNonNull(items, "items");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("myNumber", Objects.requireNonNull(myNumber, "myNumber").digits());
    body.put("familyName", items.familyName());
    body.put("givenName", items.givenName());
    body.put("familyNameKana", items.familyNameKana());
    body.put("givenNameKana", items.givenNameKana());
    body.put("birthDate", items.birthDate());
    body.put("sex", items.sex());
    body.put("address", items.address());
    String path = municipalityPath(municipality) + "/verifications";
    return calls.run(scope, NationalSystem.REGISTRY, VERIFY,
        key -> http.post(VERIFY, path, body, key, ResidentVerification.class), ResidentVerification::outcome);
  }

  public SupportMeasureStatus lookUpSupportMeasure(CallScope scope, MunicipalityCode municipality, MyNumber myNumber) {
    Map<String, String> body = Map.of("myNumber", Objects.requireNonNull(myNumber, "myNumber").digits());
    String path = municipalityPath(municipality) + "/support-measure-lookups";
    return calls.run(scope, NationalSystem.REGISTRY, SUPPORT_MEASURE_LOOKUP,
        key -> http.post(SUPPORT_MEASURE_LOOKUP, path, body, key, SupportMeasureStatus.class), SupportMeasureStatus::outcome);
  }

  private static String municipalityPath(MunicipalityCode municipality) {
    return "/municipalities/" + Objects.requireNonNull(municipality, "municipality").value();
  }
}
