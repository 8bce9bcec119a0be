package jp.vaccinationoffice.caseserver.portal.procedures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.certificates.CertificateChannel;
import jp.vaccinationoffice.caseserver.certificates.CertificateIntake;
import jp.vaccinationoffice.caseserver.certificates.CertificateUse;
import jp.vaccinationoffice.caseserver.certificates.ElectronicApplication;
import jp.vaccinationoffice.caseserver.certificates.ElectronicCertificateReceipt;
import jp.vaccinationoffice.caseserver.certificates.Passport;
import jp.vaccinationoffice.caseserver.idempotency.IdempotentRequests.Outcome;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Correction;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.CorrectionItem;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Disclosure;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Requester;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Subject;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Suspension;
import jp.vaccinationoffice.caseserver.personalinfo.RequestIntake;
import jp.vaccinationoffice.caseserver.personalinfo.RequestReceipt;
import jp.vaccinationoffice.caseserver.portal.session.ResidentPrincipal;
import org.springframework.stereotype.Service;

/**
 * Files a resident's procedure through the same intakes as the office's API: the three requests
 * online by the person themself, the certificate as an application of the card's holder. The
 * subject is always the person the resident's card is linked to; the intakes' validation decides
 * what is accepted, and its problems are said in Japanese by form field.
 */
@Service
class ResidentProcedures {

  /** A filed procedure: its request id (受付番号) and whether the same form had been filed before. */
  record Filed(String requestId, boolean replayed) {}

  /** Refused: the Japanese message of each form field ({@code ""}: of the whole form). */
  static class Refused extends RuntimeException {
    private final transient Map<String, String> errors;

    Refused(Map<String, String> errors) {
      super("refused", null, false, false);
      this.errors = errors;
    }

    Map<String, String> errors() {
      return errors;
    }
  }

  private final RequestIntake requests;
  private final CertificateIntake certificates;
  private final Clock clock;

  ResidentProcedures(RequestIntake requests, CertificateIntake certificates, Clock clock) {
    this.requests = requests;
    this.certificates = certificates;
    this.clock = clock;
  }

  /** Checks the form as filing would, storing nothing. */
  void check(ResidentPrincipal resident, LinkedPerson.Person person, Procedure procedure, ProcedureForm form) {
    try {
      if (procedure.certificate()) {
        certificates.check(resident.municipalityCode(), application(person, procedure, form));
      } else {
        requests.check(request(person, procedure, form), resident.municipalityCode());
      }
    } catch (ApiException refused) {
      throw new Refused(ProblemMessages.of(refused, procedure.allowedFields()));
    }
  }

  Filed file(ResidentPrincipal resident, LinkedPerson.Person person, Procedure procedure, ProcedureForm form,
      String clientAddress) {
    String actor = actor(resident);
    try {
      if (procedure.certificate()) {
        ElectronicCertificateReceipt receipt = certificates.applyElectronically(resident.municipalityCode(),
            application(person, procedure, form), form.getIdempotencyKey(), actor, clientAddress);
        return new Filed(receipt.requestId(), false);
      }
      Outcome<RequestReceipt> outcome = requests.receive(request(person, procedure, form), form.getIdempotencyKey(),
          actor, resident.municipalityCode(), clientAddress);
      return new Filed(outcome.answer().requestId(), outcome.replayed());
    } catch (ApiException refused) {
      throw new Refused(ProblemMessages.of(refused, procedure.allowedFields()));
    }
  }

  static String actor(ResidentPrincipal resident) {
    return "resident:" + resident.residentId();
  }

  private PersonalInformationRequest request(LinkedPerson.Person person, Procedure procedure, ProcedureForm form) {
    String[] name = split(person.name());
    String[] kana = split(person.nameKana());
    Requester self = new Requester("SELF", name[0], name[1], kana[0], kana[1], person.birthDate(),
        form.getAddress(), form.getPhone());
    Subject subject = new Subject(person.myNumber(), null, null, null, null, null);
    LocalDate today = LocalDate.now(clock);
    return switch (procedure) {
      case DISCLOSURE -> new PersonalInformationRequest(procedure.code(), "ONLINE", today, self, subject,
          new Disclosure(form.getRecords() == null ? List.of() : List.copyOf(form.getRecords()), form.getMethod()),
          null, null);
      case CORRECTION -> new PersonalInformationRequest(procedure.code(), "ONLINE", today, self, subject, null,
          new Correction(List.of(new CorrectionItem("LEDGER_DOSE", form.getDoseNumber(), form.getItem(),
              form.getRequestedValue())), form.getReason()), null);
      case SUSPENSION -> new PersonalInformationRequest(procedure.code(), "ONLINE", today, self, subject, null, null,
          new Suspension(form.getMeasure(), form.getGround()));
      default -> throw new IllegalArgumentException(procedure + " is no personal-information request");
    };
  }

  private static ElectronicApplication application(LinkedPerson.Person person, Procedure procedure,
      ProcedureForm form) {
    Passport passport = procedure == Procedure.CERTIFICATE_OVERSEAS
        ? new Passport(form.getPassportNumber(), form.getNationality(), form.getFamilyNameRoman(),
            form.getGivenNameRoman(), blankAsNone(form.getOtherName()))
        : null;
    return new ElectronicApplication(CertificateChannel.PORTAL, person.myNumber(), person.name(), null,
        person.birthDate(), person.sex(), CertificateUse.valueOf(procedure.code()), passport);
  }

  private static String blankAsNone(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** A name as the ledger holds it, 氏 and 名 parted by a space. */
  static String[] split(String name) {
    String[] parts = name.strip().split("[ \\u3000]+", 2);
    return parts.length == 2 ? parts : new String[] {parts[0], ""};
  }
}
