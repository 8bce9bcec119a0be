package jp.vaccinationoffice.caseserver.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificate requests of one person and their certificates, for that person: found by the
 * index of the applicant's My Number within the municipality, so another person's request or
 * certificate is not found. A superseded or revoked certificate is listed but not handed out. The
 * caller logs the access.
 */
@Service
public class OwnCertificates {

  private static final Set<CertificateStatus> VALID = EnumSet.of(CertificateStatus.ISSUED, CertificateStatus.MAILED);
  private static final int QR_PIXELS_PER_MODULE = 4;

  private final JdbcTemplate jdbc;
  private final CertificateRecords records;
  private final IssuedCertificates issued;

  OwnCertificates(JdbcTemplate jdbc, CertificateRecords records, IssuedCertificates issued) {
    this.jdbc = jdbc;
    this.records = records;
    this.issued = issued;
  }

  /** The person's requests, the newest first. */
  @Transactional(readOnly = true)
  public List<OwnCertificateRequest> of(String municipalityCode, String personIndex) {
    return jdbc.query("""
        SELECT c.id FROM case_file c WHERE c.municipality_code = ? AND c.my_number_index = ? AND c.case_type = ?
        ORDER BY c.created_at DESC, c.id""", (rs, i) -> rs.getString(1), municipalityCode, personIndex,
        CertificateIntake.CASE_TYPE).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public Optional<OwnCertificateRequest> find(String municipalityCode, String personIndex, String requestId) {
    List<String> own = jdbc.queryForList("""
        SELECT id FROM case_file WHERE id = ? AND municipality_code = ? AND my_number_index = ? AND case_type = ?""",
        String.class, requestId, municipalityCode, personIndex, CertificateIntake.CASE_TYPE);
    return own.stream().findFirst().map(this::view);
  }

  @Transactional(readOnly = true)
  public Optional<byte[]> pdf(String municipalityCode, String personIndex, String certificateId) {
    return valid(municipalityCode, personIndex, certificateId).map(c -> issued.pdf(municipalityCode, c.id()));
  }

  /** The {@code .smart-health-card} file. */
  @Transactional(readOnly = true)
  public Optional<String> smartHealthCard(String municipalityCode, String personIndex, String certificateId) {
    return valid(municipalityCode, personIndex, certificateId)
        .map(c -> issued.smartHealthCard(municipalityCode, c.id()));
  }

  /** The SMART Health Card's QR code as a PNG image, to show on screen. */
  @Transactional(readOnly = true)
  public Optional<byte[]> qrCodePng(String municipalityCode, String personIndex, String certificateId) {
    return valid(municipalityCode, personIndex, certificateId).map(c -> png(c.smartHealthCard()));
  }

  /** The request the certificate was issued from, when it is the person's. */
  public Optional<String> requestOf(String municipalityCode, String personIndex, String certificateId) {
    return own(municipalityCode, personIndex, certificateId).map(CertificateRecords.Stored::caseId);
  }

  private Optional<CertificateRecords.Stored> valid(String municipalityCode, String personIndex, String certificateId) {
    return own(municipalityCode, personIndex, certificateId).filter(c -> VALID.contains(c.status()));
  }

  private Optional<CertificateRecords.Stored> own(String municipalityCode, String personIndex, String certificateId) {
    if (certificateId == null || personIndex == null) {
      return Optional.empty();
    }
    return records.find(municipalityCode, certificateId).filter(c -> {
      Integer held = jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE id = ? AND municipality_code = ?"
          + " AND my_number_index = ?", Integer.class, c.caseId(), municipalityCode, personIndex);
      return held != null && held > 0;
    });
  }

  private OwnCertificateRequest view(String requestId) {
    return jdbc.queryForObject("""
        SELECT c.status, c.created_at, r.channel, r.certificate_use
        FROM case_file c JOIN certificate_request r ON r.case_id = c.id WHERE c.id = ?""",
        (rs, i) -> new OwnCertificateRequest(requestId, rs.getString("channel"), rs.getString("certificate_use"),
            rs.getString("status"), rs.getTimestamp("created_at").toInstant(), notices(requestId),
            certificates(requestId), history(requestId)),
        requestId);
  }

  private List<String> notices(String requestId) {
    return jdbc.queryForList("SELECT text FROM resident_notice WHERE case_id = ? ORDER BY id", String.class, requestId);
  }

  private List<OwnCertificateRequest.Certificate> certificates(String requestId) {
    return records.ofCase(requestId).stream().map(c -> new OwnCertificateRequest.Certificate(c.id(), c.use().name(),
        c.status().name(), c.issuedOn(), VALID.contains(c.status()), c.doses().stream()
            .map(d -> new OwnCertificateRequest.Dose(d.doseNumber(), d.vaccinatedOn(), d.manufacturer(), d.product(),
                d.lot())).toList())).toList();
  }

  /** The statuses the request passed, each once in a row. */
  private List<OwnCertificateRequest.Step> history(String requestId) {
    List<OwnCertificateRequest.Step> history = new ArrayList<>();
    jdbc.query("""
        SELECT step, at FROM case_step WHERE case_id = ? AND (step = 'RECEIVED' OR step LIKE 'STATUS\\_%' ESCAPE '\\')
        ORDER BY id""", rs -> {
          String status = rs.getString(1).startsWith("STATUS_") ? rs.getString(1).substring(7) : rs.getString(1);
          if (history.isEmpty() || !history.get(history.size() - 1).status().equals(status)) {
            history.add(new OwnCertificateRequest.Step(status, rs.getTimestamp(2).toInstant()));
          }
        }, requestId);
    return history;
  }

  private static byte[] png(String jws) {
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(ShcQrCode.image(jws, QR_PIXELS_PER_MODULE), "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
