package jp.vaccinationoffice.caseserver.portal.signin;

import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.jpki.VerifiedCardholder;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.municipality.ServedMunicipalities;
import jp.vaccinationoffice.caseserver.portal.session.ResidentPrincipal;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The residents known to the portal, found by their card's user-authentication certificate. The
 * certificate is known by a keyed hash of its issuer and serial number under each served
 * municipality's index key, so nothing stored names the card.
 */
@Component
public class ResidentAccounts {

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final ServedMunicipalities served;
  private final Ledger ledger;
  private final Clock clock;

  ResidentAccounts(JdbcTemplate jdbc, PersonalDataCipher cipher, ServedMunicipalities served, Ledger ledger,
      Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.served = served;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** The resident whose card this is, if the card was linked before. */
  Optional<ResidentPrincipal> ofCertificate(X509Certificate certificate) {
    for (String municipality : served.codes()) {
      List<String> ids = jdbc.queryForList(
          "SELECT id FROM resident_account WHERE municipality_code = ? AND certificate_index = ?", String.class,
          municipality, certificateIndex(municipality, certificate));
      if (!ids.isEmpty()) {
        jdbc.update("UPDATE resident_account SET last_signed_in_at = ? WHERE id = ?", now(), ids.get(0));
        return Optional.of(new ResidentPrincipal(ids.get(0), municipality));
      }
    }
    return Optional.empty();
  }

  /** Whether the municipality's vaccination ledger holds the card's holder. */
  boolean inLedger(VerifiedCardholder holder) {
    String municipality = holder.municipalityCode();
    return ledger.findPerson(municipality, cipher.index(municipality, holder.myNumber().digits())).isPresent();
  }

  /**
   * Links the card to the person of its J-LIS-signed data, whom the ledger or the resident registry
   * knows; a new card of a known person replaces the old one.
   */
  ResidentPrincipal link(VerifiedCardholder holder) {
    String municipality = holder.municipalityCode();
    String personIndex = cipher.index(municipality, holder.myNumber().digits());
    String certificateIndex = certificateIndex(municipality, holder.certificate());
    List<String> known = jdbc.queryForList(
        "SELECT id FROM resident_account WHERE municipality_code = ? AND person_index = ?", String.class,
        municipality, personIndex);
    String id;
    if (known.isEmpty()) {
      id = UUID.randomUUID().toString();
      jdbc.update("INSERT INTO resident_account (id, municipality_code, person_index, certificate_index, name_sealed,"
          + " created_at, last_signed_in_at) VALUES (?, ?, ?, ?, ?, ?, ?)", id, municipality, personIndex,
          certificateIndex, cipher.seal(municipality, holder.name()), now(), now());
    } else {
      id = known.get(0);
      jdbc.update("UPDATE resident_account SET certificate_index = ?, name_sealed = ?, last_signed_in_at = ?"
          + " WHERE id = ?", certificateIndex, cipher.seal(municipality, holder.name()), now(), id);
    }
    return new ResidentPrincipal(id, municipality);
  }

  /** The name on the resident's card, for the portal's pages. */
  public String nameOf(ResidentPrincipal resident) {
    String sealed = jdbc.queryForObject("SELECT name_sealed FROM resident_account WHERE id = ? AND municipality_code = ?",
        String.class, resident.residentId(), resident.municipalityCode());
    return cipher.open(resident.municipalityCode(), sealed);
  }

  /**
   * The index of the resident's My Number in their municipality: how requests and certificates name
   * their person. Empty for an account that is no longer there.
   */
  public Optional<String> personIndexOf(ResidentPrincipal resident) {
    return jdbc.queryForList("SELECT person_index FROM resident_account WHERE id = ? AND municipality_code = ?",
        String.class, resident.residentId(), resident.municipalityCode()).stream().findFirst();
  }

  private String certificateIndex(String municipality, X509Certificate certificate) {
    return cipher.index(municipality, "jpki-user-authentication:" + certificate.getIssuerX500Principal().getName()
        + ":" + certificate.getSerialNumber().toString(16));
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
