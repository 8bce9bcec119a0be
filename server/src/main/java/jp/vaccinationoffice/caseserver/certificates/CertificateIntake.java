package jp.vaccinationoffice.caseserver.certificates;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests.Outcome;
import jp.vaccinationoffice.caseserver.idempotency.Operation;
import jp.vaccinationoffice.caseserver.municipality.ServedMunicipalities;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives applications for a vaccination certificate: from a clerk (counter or mail) and from the
 * kiosk and the app, whose My Number card data was verified before. The case, the request and the
 * process start are written in one transaction, so a refused request leaves nothing behind.
 */
@Service
public class CertificateIntake {

  public static final String PROCESS = "certificate-request";
  public static final String CASE_TYPE = "CERTIFICATE_REQUEST";
  private static final Duration ELECTRONIC_WAIT = Duration.ofSeconds(60);
  private static final List<String> ENDED = List.of("ISSUED", "NO_DOSES_TO_CERTIFY", "APPLICANT_NOT_VERIFIED");

  private final CertificateRequestValidation validation;
  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final CaseJournal journal;
  private final RuntimeService runtimeService;
  private final AccessLog accessLog;
  private final IdempotentRequests idempotentRequests;
  private final TransactionTemplate transaction;
  private final ServedMunicipalities served;
  private final CertificateRequestEnds ends;

  CertificateIntake(CertificateRequestValidation validation, JdbcTemplate jdbc, PersonalDataCipher cipher,
      CaseJournal journal, RuntimeService runtimeService, AccessLog accessLog, IdempotentRequests idempotentRequests,
      PlatformTransactionManager transactions, ServedMunicipalities served, CertificateRequestEnds ends) {
    this.served = served;
    this.ends = ends;
    this.validation = validation;
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.journal = journal;
    this.runtimeService = runtimeService;
    this.accessLog = accessLog;
    this.idempotentRequests = idempotentRequests;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** A clerk's request; with an idempotency key, a repeated request gets the first answer. */
  @Transactional
  public Outcome<CertificateReceipt> receive(CertificateRequest request, String idempotencyKey, StaffPrincipal clerk,
      String clientAddress) {
    IdempotentRequests.checkKey(idempotencyKey);
    CertificateRequestValidation.Validated valid = validation.validate(request);
    if (idempotencyKey == null) {
      return new Outcome<>(open(valid.request(), clerk.municipalityCode(), clerk.userId(), clientAddress), false);
    }
    return idempotentRequests.once(Operation.CERTIFICATE_REQUEST, clerk.municipalityCode(), idempotencyKey,
        valid.request(), clerk.userId(), CertificateReceipt.class,
        () -> open(valid.request(), clerk.municipalityCode(), clerk.userId(), clientAddress));
  }

  /**
   * Runs the certificate request without the clerk's task (the card's data was verified) and returns
   * when the process has ended: ISSUED with the certificate, or the status it ended with. Only the
   * name and birth date the certificate shows are kept, in the certificate record; the address is
   * not stored.
   */
  public ElectronicCertificateReceipt applyElectronically(String municipalityCode, ElectronicApplication application) {
    return applyElectronically(municipalityCode, application, null,
        application == null || application.channel() == null ? "electronic"
            : application.channel().name().toLowerCase(java.util.Locale.ROOT), null);
  }

  /**
   * As {@link #applyElectronically(String, ElectronicApplication)}, by {@code actor} (a resident in the
   * portal) and once per idempotency key: a repeated application waits for the first one's end.
   */
  public ElectronicCertificateReceipt applyElectronically(String municipalityCode, ElectronicApplication application,
      String idempotencyKey, String actor, String clientAddress) {
    IdempotentRequests.checkKey(idempotencyKey);
    CertificateRequest request = electronicRequest(municipalityCode, application);
    CertificateReceipt receipt = transaction.execute(status -> idempotencyKey == null
        ? open(request, municipalityCode, actor, clientAddress)
        : idempotentRequests.once(Operation.CERTIFICATE_REQUEST, municipalityCode, idempotencyKey, request, actor,
            CertificateReceipt.class, () -> open(request, municipalityCode, actor, clientAddress)).answer());
    return awaitEnd(receipt);
  }

  /** Checks an electronic application as it would be received, and stores nothing: a 400 names every problem. */
  public void check(String municipalityCode, ElectronicApplication application) {
    electronicRequest(municipalityCode, application);
  }

  private CertificateRequest electronicRequest(String municipalityCode, ElectronicApplication application) {
    if (municipalityCode == null || !served.isServed(municipalityCode)) {
      throw ApiException.badRequest("municipalityCode names no municipality this installation serves");
    }
    ElectronicApplication valid = validation.validate(application);
    String[] name = HolderNames.split(valid.name());
    return new CertificateRequest(valid.channel(), valid.use(), valid.myNumber(),
        new CertificateRequest.Applicant(name[0], name[1], "", "", valid.birthDate(), valid.sex(), ""),
        valid.passport(), null);
  }

  /**
   * Waits for the end of the process: woken by its end on this node, else looking at the case every
   * {@link CertificateRequestEnds#FALLBACK}; a step that stopped with an incident ends the wait then.
   */
  private ElectronicCertificateReceipt awaitEnd(CertificateReceipt receipt) {
    String requestId = receipt.requestId();
    Instant deadline = Instant.now().plus(ELECTRONIC_WAIT);
    ends.expect(requestId);
    try {
      String status = status(requestId);
      boolean over = false;
      while (!over && !ENDED.contains(status) && Instant.now().isBefore(deadline)) {
        over = ends.await(requestId)
            || runtimeService.createIncidentQuery().processInstanceId(receipt.processInstanceId()).count() > 0;
        status = status(requestId);
      }
      String certificateId = !"ISSUED".equals(status) ? null : jdbc.queryForList(
          "SELECT id FROM certificate WHERE case_id = ? ORDER BY issued_at", String.class, requestId).stream()
          .findFirst().orElse(null);
      return new ElectronicCertificateReceipt(requestId, status, certificateId);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ElectronicCertificateReceipt(requestId, status(requestId), null);
    } finally {
      ends.forget(requestId);
    }
  }

  /**
   * Whether a granted suspension request stopped the use of the person's information here. Read from
   * the suspensions' table rather than through their service: that feature reaches certificates
   * (a corrected dose revokes them), so certificates may not depend on it.
   */
  private boolean useStopped(String municipality, String personIndex) {
    Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM processing_restriction WHERE municipality_code = ?"
        + " AND person_index = ? AND measure = 'STOP_USE'", Integer.class, municipality, personIndex);
    return found != null && found > 0;
  }

  private String status(String requestId) {
    return jdbc.queryForObject("SELECT status FROM case_file WHERE id = ?", String.class, requestId);
  }

  private CertificateReceipt open(CertificateRequest request, String municipality, String actor, String clientAddress) {
    if (useStopped(municipality, cipher.index(municipality, request.myNumber()))) {
      throw ApiException.conflict("the use of this person's information is stopped (利用停止) by a granted suspension"
          + " request: no certificate can be issued for them in this municipality").with("restriction", "STOP_USE");
    }
    String caseId = UUID.randomUUID().toString();
    CertificateRequest.Applicant applicant = request.applicant();
    jdbc.update("""
        INSERT INTO case_file (id, case_type, municipality_code, status, family_name, given_name, family_name_kana,
            given_name_kana, birth_date, sex, address, my_number_sealed, my_number_index, created_by, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        caseId, CASE_TYPE, municipality, CertificateStatus.RECEIVED.name(), applicant.familyName(),
        applicant.givenName(), applicant.familyNameKana(), applicant.givenNameKana(), applicant.birthDate(),
        applicant.sex(), applicant.address(), cipher.seal(municipality, request.myNumber()),
        cipher.index(municipality, request.myNumber()), actor, journal.now(), journal.now());
    Passport passport = request.passport();
    CertificateRequest.MailTo mailTo = request.mailTo();
    jdbc.update("""
        INSERT INTO certificate_request (case_id, municipality_code, channel, certificate_use, passport_number_sealed,
            passport_number_masked, nationality, family_name_roman, given_name_roman, other_name, mail_postal_code,
            mail_address)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        caseId, municipality, request.channel().name(), request.use().name(),
        passport == null ? null : cipher.seal(municipality, passport.number()),
        passport == null ? null : PassportNumbers.masked(passport.number()),
        passport == null ? null : passport.nationality(), passport == null ? null : passport.familyNameRoman(),
        passport == null ? null : passport.givenNameRoman(), passport == null ? null : passport.otherName(),
        mailTo == null ? null : mailTo.postalCode(), mailTo == null ? null : mailTo.address());
    journal.step(caseId, "RECEIVED", actor, "certificate request, " + request.channel().name().toLowerCase(java.util.Locale.ROOT));
    accessLog.record(new AccessEntry(actor, municipality, AccessAction.CREATE, "CERTIFICATE_REQUEST", caseId,
        "case:" + caseId, clientAddress));
    Map<String, Object> variables = new HashMap<>();
    variables.put("municipalityCode", municipality);
    variables.put("caseId", caseId);
    variables.put("channel", request.channel().routedAs());
    variables.put("use", request.use().name());
    ProcessInstance process = runtimeService.createProcessInstanceByKey(PROCESS)
        .businessKey(caseId)
        .setVariables(variables)
        .execute();
    jdbc.update("UPDATE case_file SET process_instance_id = ? WHERE id = ?", process.getId(), caseId);
    journal.changed(caseId);
    return new CertificateReceipt(caseId, process.getId(), status(caseId));
  }
}
