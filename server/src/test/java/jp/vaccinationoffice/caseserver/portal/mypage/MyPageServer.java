package jp.vaccinationoffice.caseserver.portal.mypage;

import java.time.LocalDate;
import java.util.List;
import jp.vaccinationoffice.caseserver.certificates.CertificateChannel;
import jp.vaccinationoffice.caseserver.certificates.CertificateIntake;
import jp.vaccinationoffice.caseserver.certificates.CertificateUse;
import jp.vaccinationoffice.caseserver.certificates.ElectronicApplication;
import jp.vaccinationoffice.caseserver.certificates.ElectronicCertificateReceipt;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest;
import jp.vaccinationoffice.caseserver.personalinfo.RequestIntake;
import jp.vaccinationoffice.caseserver.personalinfo.RequestScenario;
import jp.vaccinationoffice.caseserver.support.FixedPortServerTest;
import jp.vaccinationoffice.caseserver.support.ServerOnFreePort;
import org.junit.jupiter.api.BeforeEach;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server マイページ's tests run on: the staff screens' server, whose national-system addresses
 * name its own port, so that a first sign-in reaches the resident registry's simulator. Requests are
 * filed through the intake services (the forms are the procedures' own) for people of 防府市's
 * ledger, and staff act through the engine as the Tasklist does.
 */
@FixedPortServerTest
abstract class MyPageServer extends ServerOnFreePort {

  static final String NAME = "山田 花子";
  static final LocalDate BIRTH_DATE = LocalDate.of(1980, 4, 1);

  @Autowired Ledger ledger;
  @Autowired RequestIntake intake;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired CertificateIntake certificates;
  @Autowired JdbcTemplate jdbc;

  final int port = PORT;
  RequestScenario staff;

  @BeforeEach
  void staff() {
    staff = new RequestScenario(ledger, intake, taskService, identityService, historyService);
  }

  /** A card of the ledger's person (as {@link RequestScenario#personInLedger()} makes them). */
  PortalResident cardOf(String myNumber) {
    return PortalResident.withCard(port, myNumber, NAME, BIRTH_DATE.toString(), "FEMALE");
  }

  /** A disclosure the person asks for themselves online, as an electronic copy. */
  static PersonalInformationRequest electronicDisclosure(String myNumber) {
    return new PersonalInformationRequest("DISCLOSURE", "ONLINE", LocalDate.now(), RequestScenario.self(),
        new PersonalInformationRequest.Subject(myNumber, null, null, null, null, null),
        new PersonalInformationRequest.Disclosure(List.of("VACCINATION_RECORDS"), "ELECTRONIC_COPY"), null, null);
  }

  /** A certificate the person applied for in the app; issued before this returns. */
  ElectronicCertificateReceipt certificate(String myNumber, CertificateUse use) {
    return certificates.applyElectronically(RequestScenario.HOFU, new ElectronicApplication(CertificateChannel.APP,
        myNumber, NAME, "山口県防府市寿町7番1号", BIRTH_DATE, "FEMALE", use, null));
  }

  String status(String requestId) {
    return jdbc.queryForObject("SELECT status FROM pi_request WHERE id = ?", String.class, requestId);
  }
}
