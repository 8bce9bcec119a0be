package jp.vaccinationoffice.caseserver.municipality;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import jp.vaccinationoffice.common.Municipalities;
import jp.vaccinationoffice.common.MunicipalityCode;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.Tenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipalities this installation serves: a case-store row and an engine tenant each. */
@Service
public class ServedMunicipalities {

  private final JdbcTemplate jdbc;
  private final IdentityService identityService;

  public ServedMunicipalities(JdbcTemplate jdbc, IdentityService identityService) {
    this.jdbc = jdbc;
    this.identityService = identityService;
  }

  /** Registers a municipality of the national code table; registering it again changes nothing. */
  @Transactional
  public void register(String code) {
    MunicipalityCode municipality = Municipalities.requireKnown(code);
    String name = Municipalities.nameOf(municipality.value()).orElseThrow();
    if (!isServed(municipality.value())) {
      jdbc.update("INSERT INTO municipality (code, name, created_at) VALUES (?, ?, ?)",
          municipality.value(), name, Timestamp.from(Instant.now()));
    }
    if (identityService.createTenantQuery().tenantId(municipality.value()).count() == 0) {
      Tenant tenant = identityService.newTenant(municipality.value());
      tenant.setName(name);
      identityService.saveTenant(tenant);
    }
  }

  public boolean isServed(String code) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM municipality WHERE code = ?", Integer.class, code);
    return count != null && count > 0;
  }

  public List<String> codes() {
    return jdbc.queryForList("SELECT code FROM municipality ORDER BY code", String.class);
  }
}
