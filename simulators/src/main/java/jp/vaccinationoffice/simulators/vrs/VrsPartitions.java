package jp.vaccinationoffice.simulators.vrs;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.simulators.support.Resettable;
import jp.vaccinationoffice.simulators.support.SimulatorRequestException;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.Dose;
import org.springframework.stereotype.Component;

/** The VRS data, one partition per municipality; a look-up only ever reads the addressed partition. */
@Component
public class VrsPartitions implements Resettable {

  private final Map<MunicipalityCode, Map<MyNumber, VrsPerson>> persons = new ConcurrentHashMap<>();
  private final Map<MunicipalityCode, Map<String, VrsTicket>> tickets = new ConcurrentHashMap<>();

  void seed(MunicipalityCode municipality, VrsPerson person) {
    persons.computeIfAbsent(municipality, m -> new ConcurrentHashMap<>()).put(person.myNumber(), person);
  }

  Optional<VrsPerson> find(MunicipalityCode municipality, MyNumber myNumber) {
    return Optional.ofNullable(persons.getOrDefault(municipality, Map.of()).get(myNumber));
  }

  VrsTicket registerTicket(MunicipalityCode municipality, MyNumber myNumber, String ticketNumber) {
    VrsTicket ticket = new VrsTicket(ticketNumber, myNumber, Instant.now());
    VrsTicket existing = tickets.computeIfAbsent(municipality, m -> new ConcurrentHashMap<>()).putIfAbsent(ticketNumber, ticket);
    if (existing != null) {
      throw SimulatorRequestException.conflict("ticket number is already registered in municipality " + municipality);
    }
    return ticket;
  }

  /** Replaces one dose of a person held in the partition; 404 when the partition does not hold it. */
  synchronized Dose correct(MunicipalityCode municipality, MyNumber myNumber, int doseNumber, UnaryOperator<Dose> correction) {
    VrsPerson person = find(municipality, myNumber)
        .orElseThrow(() -> SimulatorRequestException.notFound("the person is not held in municipality " + municipality + "'s partition"));
    Dose held = person.doses().stream().filter(dose -> dose.doseNumber() == doseNumber).findFirst()
        .orElseThrow(() -> SimulatorRequestException.notFound("the person has no dose " + doseNumber + " in municipality " + municipality + "'s partition"));
    Dose corrected = correction.apply(held);
    if (corrected.doseNumber() != doseNumber
        && person.doses().stream().anyMatch(dose -> dose.doseNumber().equals(corrected.doseNumber()))) {
      throw SimulatorRequestException.conflict("the person already has a dose " + corrected.doseNumber());
    }
    List<Dose> doses = person.doses().stream().map(dose -> dose == held ? corrected : dose).toList();
    persons.get(municipality).put(myNumber, new VrsPerson(myNumber, person.holder(), doses));
    return corrected;
  }

  List<VrsTicket> tickets(MunicipalityCode municipality) {
    return tickets.getOrDefault(municipality, Map.of()).values().stream()
        .sorted(Comparator.comparing(VrsTicket::registeredAt))
        .toList();
  }

  @Override
  public void reset() {
    persons.clear();
    tickets.clear();
  }
}
