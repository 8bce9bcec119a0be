package jp.vaccinationoffice.caseserver.portal.procedures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.certificates.CertificateIntake;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The receipt of a procedure a resident filed: found only among the requests whose subject is the
 * resident's own person, so that another person's request id opens nothing.
 */
@Component
public class ProcedureReceipts {

  /** What the receipt page shows; {@code deadline} is null for a certificate, which the law sets none for. */
  public record Receipt(String requestId, Procedure procedure, LocalDate receivedOn, LocalDate deadline, String status,
      String certificateId) {}

  private final JdbcTemplate jdbc;

  ProcedureReceipts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Receipt> find(String municipality, LinkedPerson.Person person, String requestId) {
    List<Receipt> requests = jdbc.query("""
        SELECT id, request_type, received_on, deadline, status FROM pi_request
        WHERE id = ? AND municipality_code = ? AND subject_index = ?""",
        (rs, i) -> new Receipt(rs.getString(1), Procedure.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(),
            rs.getDate(4).toLocalDate(), rs.getString(5), null),
        requestId, municipality, person.personIndex());
    if (!requests.isEmpty()) {
      return Optional.of(requests.get(0));
    }
    return jdbc.query("""
        SELECT c.id, r.certificate_use, c.created_at, c.status,
               (SELECT MIN(x.id) FROM certificate x WHERE x.case_id = c.id)
        FROM case_file c JOIN certificate_request r ON r.case_id = c.id
        WHERE c.id = ? AND c.municipality_code = ? AND c.my_number_index = ? AND c.case_type = ?""",
        (rs, i) -> new Receipt(rs.getString(1), "OVERSEAS".equals(rs.getString(2))
            ? Procedure.CERTIFICATE_OVERSEAS : Procedure.CERTIFICATE_DOMESTIC,
            rs.getTimestamp(3).toLocalDateTime().toLocalDate(), null, rs.getString(4), rs.getString(5)),
        requestId, municipality, person.personIndex(), CertificateIntake.CASE_TYPE).stream().findFirst();
  }
}
