package jp.vaccinationoffice.simulators.vrs;

import java.util.List;
import java.util.Set;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.simulators.support.Call;
import jp.vaccinationoffice.simulators.support.CallOutcome;
import jp.vaccinationoffice.simulators.support.Reply;
import jp.vaccinationoffice.simulators.support.Require;
import jp.vaccinationoffice.simulators.support.SimulatedSystemController;
import jp.vaccinationoffice.simulators.support.SimulatedSystem;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.CertificateAnswer;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.CorrectionNoticeView;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.CorrectionRequest;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.Holder;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.PersonRequest;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.PersonSeed;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.QueryAnswer;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.RecordsOutcome;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.SeedAnswer;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.TicketAnswer;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.TicketRequest;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.TicketView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The VRS per municipality: seeding, record queries, ticket registration, certificate look-ups, corrections. */
@RestController
@RequestMapping("/sim/vrs")
public class VrsController extends SimulatedSystemController {

  private static final String KEY = SimulatedSystem.IDEMPOTENCY_KEY;

  private final VrsPartitions partitions;
  private final VrsSimulation simulation;
  private final VrsCorrections corrections;

  public VrsController(VrsPartitions partitions, VrsSimulation simulation, VrsCorrections corrections) {
    super(simulation);
    this.partitions = partitions;
    this.simulation = simulation;
    this.corrections = corrections;
  }

  @PostMapping("/municipalities/{code}/persons")
  @ResponseStatus(HttpStatus.CREATED)
  public SeedAnswer seed(@PathVariable String code, @RequestBody PersonSeed seed) {
    MunicipalityCode municipality = Require.municipality(code);
    MyNumber myNumber = Require.myNumber(seed.myNumber());
    Holder holder = new Holder(
        Require.text(seed.familyName(), "familyName"),
        Require.text(seed.givenName(), "givenName"),
        seed.familyNameKana(),
        seed.givenNameKana(),
        Require.present(seed.birthDate(), "birthDate"),
        Require.present(seed.sex(), "sex"));
    VrsPerson person = new VrsPerson(myNumber, holder, Doses.validated(seed.doses(), "doses"));
    partitions.seed(municipality, person);
    return new SeedAnswer(municipality.value(), myNumber.lastFour(), person.doses().size());
  }

  @PostMapping("/municipalities/{code}/queries")
  public ResponseEntity<Object> query(
      @PathVariable String code, @RequestHeader(name = KEY, required = false) String key, @RequestBody PersonRequest request) {
    MunicipalityCode municipality = Require.municipality(code);
    MyNumber myNumber = Require.myNumber(request.myNumber());
    Call<VrsOperation> call = Call.reading(VrsOperation.QUERY, municipality.value(), myNumber, key, List.of(municipality, myNumber));
    return simulation.handle(call, () -> partitions.find(municipality, myNumber)
        .map(person -> Reply.ok(new QueryAnswer(RecordsOutcome.FOUND, person.doses()), CallOutcome.FOUND))
        .orElse(Reply.ok(new QueryAnswer(RecordsOutcome.NOT_FOUND, List.of()), CallOutcome.NOT_FOUND)));
  }

  @PostMapping("/municipalities/{code}/certificate-lookups")
  public ResponseEntity<Object> certificateLookup(
      @PathVariable String code, @RequestHeader(name = KEY, required = false) String key, @RequestBody PersonRequest request) {
    MunicipalityCode municipality = Require.municipality(code);
    MyNumber myNumber = Require.myNumber(request.myNumber());
    Call<VrsOperation> call = Call.reading(VrsOperation.CERTIFICATE_LOOKUP, municipality.value(), myNumber, key, List.of(municipality, myNumber));
    return simulation.handle(call, () -> partitions.find(municipality, myNumber)
        .map(person -> Reply.ok(new CertificateAnswer(RecordsOutcome.FOUND, person.holder(), person.doses()), CallOutcome.FOUND))
        .orElse(Reply.ok(new CertificateAnswer(RecordsOutcome.NOT_FOUND, null, List.of()), CallOutcome.NOT_FOUND)));
  }

  @PostMapping("/municipalities/{code}/tickets")
  public ResponseEntity<Object> registerTicket(
      @PathVariable String code, @RequestHeader(name = KEY, required = false) String key, @RequestBody TicketRequest request) {
    MunicipalityCode municipality = Require.municipality(code);
    MyNumber myNumber = Require.myNumber(request.myNumber());
    String ticketNumber = Require.text(request.ticketNumber(), "ticketNumber");
    Require.that(ticketNumber.matches("\\d{10}"), "ticketNumber must be 10 digits");
    Call<VrsOperation> call = Call.mutating(VrsOperation.REGISTER_TICKET, municipality.value(), myNumber, key, List.of(municipality, myNumber, ticketNumber));
    return simulation.handle(call, () -> {
      VrsTicket ticket = partitions.registerTicket(municipality, myNumber, ticketNumber);
      return Reply.created(new TicketAnswer(municipality.value(), ticket.ticketNumber(), ticket.registeredAt()));
    });
  }

  /** A correction of a dose held in {@code code}'s partition, passed on to the listed recipients. */
  @PostMapping("/municipalities/{code}/corrections")
  public ResponseEntity<Object> correct(
      @PathVariable String code, @RequestHeader(name = KEY, required = false) String key, @RequestBody CorrectionRequest request) {
    MunicipalityCode municipality = Require.municipality(code);
    Require.present(request, "body");
    MyNumber myNumber = Require.myNumber(request.myNumber());
    Set<MunicipalityCode> recipients = VrsCorrections.recipients(municipality, request);
    Call<VrsOperation> call = Call.mutating(VrsOperation.CORRECT, municipality.value(), myNumber, key,
        List.of(municipality, myNumber, request.doseNumber(), request.item(), request.value().strip(), recipients));
    return simulation.handle(call, () -> Reply.created(corrections.correct(municipality, myNumber, request, recipients)));
  }

  /** The correction notices VRS passed on to {@code code} (inspection). */
  @GetMapping("/municipalities/{code}/correction-notices")
  public List<CorrectionNoticeView> correctionNotices(@PathVariable String code) {
    return corrections.noticesTo(Require.municipality(code));
  }

  @GetMapping("/municipalities/{code}/tickets")
  public List<TicketView> tickets(@PathVariable String code) {
    return partitions.tickets(Require.municipality(code)).stream()
        .map(t -> new TicketView(t.ticketNumber(), t.myNumber().lastFour(), t.registeredAt()))
        .toList();
  }
}
