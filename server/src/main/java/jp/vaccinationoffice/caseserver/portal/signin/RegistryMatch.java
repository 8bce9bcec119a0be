package jp.vaccinationoffice.caseserver.portal.signin;

import java.util.UUID;
import jp.vaccinationoffice.caseserver.jpki.VerifiedCardholder;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.workers.gateway.CallScope;
import jp.vaccinationoffice.workers.gateway.NationalSystemException;
import jp.vaccinationoffice.workers.gateway.Sex;
import jp.vaccinationoffice.workers.gateway.registry.BasicItems;
import jp.vaccinationoffice.workers.gateway.registry.RegistryGateway;
import org.springframework.stereotype.Component;

/**
 * Asks the resident registry (住民基本台帳, through the gateway the move-in query uses) whether the
 * card's holder is a resident of the municipality with the four basic items J-LIS signed. A first
 * sign-in asks it when the vaccination ledger does not know the person (someone vaccinated
 * elsewhere, or not yet).
 */
@Component
class RegistryMatch {

  /** What the registry said. */
  enum Answer { RESIDENT, NOT_RESIDENT, UNAVAILABLE }

  static final String CALLER = "portal-sign-in";

  private final RegistryGateway registry;

  RegistryMatch(RegistryGateway registry) {
    this.registry = registry;
  }

  Answer ask(VerifiedCardholder holder) {
    String[] name = holder.name() == null ? new String[0] : holder.name().strip().split("[\\s\\u3000]+", 2);
    if (name.length != 2 || holder.birthDate() == null || !("MALE".equals(holder.sex()) || "FEMALE".equals(holder.sex()))) {
      return Answer.NOT_RESIDENT;
    }
    BasicItems items = new BasicItems(name[0], name[1], null, null, holder.birthDate(), Sex.valueOf(holder.sex()),
        holder.address());
    try {
      // each sign-in is its own call: a retry of the same sign-in starts a new one
      boolean matched = registry.verifyResident(new CallScope(CALLER, "registry-match", UUID.randomUUID().toString()),
          new MunicipalityCode(holder.municipalityCode()), holder.myNumber(), items).matched();
      return matched ? Answer.RESIDENT : Answer.NOT_RESIDENT;
    } catch (NationalSystemException unavailable) {
      return Answer.UNAVAILABLE;
    }
  }
}
