package jp.vaccinationoffice.simulators.registry;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.simulators.support.Resettable;
import org.springframework.stereotype.Component;

/** Registered residents per municipality. */
@Component
public class Residents implements Resettable {

  private final Map<MunicipalityCode, Map<MyNumber, Resident>> residents = new ConcurrentHashMap<>();

  void register(MunicipalityCode municipality, Resident resident) {
    residents.computeIfAbsent(municipality, m -> new ConcurrentHashMap<>()).put(resident.myNumber(), resident);
  }

  Optional<Resident> find(MunicipalityCode municipality, MyNumber myNumber) {
    return Optional.ofNullable(residents.getOrDefault(municipality, Map.of()).get(myNumber));
  }

  @Override
  public void reset() {
    residents.clear();
  }
}
