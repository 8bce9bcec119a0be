package jp.vaccinationoffice.simulators.registry;

import java.util.List;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.simulators.registry.RegistryMessages.ResidentOutcome;
import jp.vaccinationoffice.simulators.registry.RegistryMessages.ResidentSeed;
import jp.vaccinationoffice.simulators.registry.RegistryMessages.SeedAnswer;
import jp.vaccinationoffice.simulators.registry.RegistryMessages.SupportMeasureAnswer;
import jp.vaccinationoffice.simulators.registry.RegistryMessages.SupportMeasureRequest;
import jp.vaccinationoffice.simulators.registry.RegistryMessages.VerificationAnswer;
import jp.vaccinationoffice.simulators.registry.RegistryMessages.VerificationOutcome;
import jp.vaccinationoffice.simulators.registry.RegistryMessages.VerificationRequest;
import jp.vaccinationoffice.simulators.support.Call;
import jp.vaccinationoffice.simulators.support.CallOutcome;
import jp.vaccinationoffice.simulators.support.Reply;
import jp.vaccinationoffice.simulators.support.Require;
import jp.vaccinationoffice.simulators.support.SimulatedSystemController;
import jp.vaccinationoffice.simulators.support.SimulatedSystem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The resident registry and addressee system of each municipality. */
@RestController
@RequestMapping("/sim/registry")
public class RegistryController extends SimulatedSystemController {

  private static final String KEY = SimulatedSystem.IDEMPOTENCY_KEY;

  private final Residents residents;
  private final RegistrySimulation simulation;

  public RegistryController(Residents residents, RegistrySimulation simulation) {
    super(simulation);
    this.residents = residents;
    this.simulation = simulation;
  }

  @PostMapping("/municipalities/{code}/residents")
  @ResponseStatus(HttpStatus.CREATED)
  public SeedAnswer register(@PathVariable String code, @RequestBody ResidentSeed seed) {
    MunicipalityCode municipality = Require.municipality(code);
    Resident resident = new Resident(
        Require.myNumber(seed.myNumber()),
        Require.text(seed.addresseeNumber(), "addresseeNumber"),
        Require.text(seed.familyName(), "familyName"),
        Require.text(seed.givenName(), "givenName"),
        seed.familyNameKana(),
        seed.givenNameKana(),
        Require.present(seed.birthDate(), "birthDate"),
        Require.present(seed.sex(), "sex"),
        Require.text(seed.address(), "address"),
        Boolean.TRUE.equals(seed.supportMeasure()));
    residents.register(municipality, resident);
    return new SeedAnswer(municipality.value(), resident.myNumber().lastFour(), resident.addresseeNumber());
  }

  @PostMapping("/municipalities/{code}/verifications")
  public ResponseEntity<Object> verify(
      @PathVariable String code, @RequestHeader(name = KEY, required = false) String key, @RequestBody VerificationRequest request) {
    MunicipalityCode municipality = Require.municipality(code);
    MyNumber myNumber = Require.myNumber(request.myNumber());
    Require.text(request.familyName(), "familyName");
    Require.text(request.givenName(), "givenName");
    Require.present(request.birthDate(), "birthDate");
    Require.present(request.sex(), "sex");
    Call<RegistryOperation> call = Call.reading(RegistryOperation.VERIFY, municipality.value(), myNumber, key, List.of(municipality, request));
    return simulation.handle(call, () -> residents.find(municipality, myNumber)
        .map(resident -> verification(resident, request))
        .orElse(Reply.ok(new VerificationAnswer(VerificationOutcome.NOT_REGISTERED, List.of(), null, null), CallOutcome.NOT_FOUND)));
  }

  private static Reply verification(Resident resident, VerificationRequest request) {
    List<BasicItem> mismatches = BasicItemComparison.mismatches(resident, request);
    if (!mismatches.isEmpty()) {
      return Reply.ok(new VerificationAnswer(VerificationOutcome.MISMATCHED, mismatches, null, null), CallOutcome.MISMATCHED);
    }
    return Reply.ok(
        new VerificationAnswer(VerificationOutcome.MATCHED, List.of(), resident.addresseeNumber(), resident.supportMeasure()),
        CallOutcome.MATCHED);
  }

  @PostMapping("/municipalities/{code}/support-measure-lookups")
  public ResponseEntity<Object> supportMeasure(
      @PathVariable String code, @RequestHeader(name = KEY, required = false) String key, @RequestBody SupportMeasureRequest request) {
    MunicipalityCode municipality = Require.municipality(code);
    MyNumber myNumber = Require.myNumber(request.myNumber());
    Call<RegistryOperation> call = Call.reading(RegistryOperation.SUPPORT_MEASURE_LOOKUP, municipality.value(), myNumber, key, List.of(municipality, myNumber));
    return simulation.handle(call, () -> residents.find(municipality, myNumber)
        .map(r -> Reply.ok(new SupportMeasureAnswer(ResidentOutcome.REGISTERED, r.supportMeasure()), CallOutcome.FOUND))
        .orElse(Reply.ok(new SupportMeasureAnswer(ResidentOutcome.NOT_REGISTERED, null), CallOutcome.NOT_FOUND)));
  }
}
