package jp.vaccinationoffice.caseserver.staffscreens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.vaccinationoffice.caseserver.api.FieldProblems;
import jp.vaccinationoffice.caseserver.api.FieldProblems.FieldProblem;
import jp.vaccinationoffice.caseserver.certificates.CertificateChannel;
import jp.vaccinationoffice.caseserver.certificates.CertificateRequest;
import jp.vaccinationoffice.caseserver.certificates.CertificateUse;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.CorrectionItem;
import org.junit.jupiter.api.Test;

/**
 * What the intake screens send to the services: only the parts of the request its choices name,
 * the My Number without the spaces it was typed with, and a choice or date that is none named by
 * its field.
 */
class IntakeFormsTest {

  @Test
  void aCertificateRequestAtTheCounterForUseInJapanCarriesNoPassportAndNoMailingAddress() {
    CertificateIntakeForm form = certificateForm("COUNTER", "DOMESTIC");
    FieldProblems problems = new FieldProblems();

    CertificateRequest request = form.toRequest(problems);

    assertThat(problems.isEmpty()).isTrue();
    assertThat(request.channel()).isEqualTo(CertificateChannel.COUNTER);
    assertThat(request.use()).isEqualTo(CertificateUse.DOMESTIC);
    assertThat(request.myNumber()).isEqualTo("123456789018");
    assertThat(request.applicant().birthDate()).isEqualTo(LocalDate.of(1980, 4, 1));
    assertThat(request.passport()).isNull();
    assertThat(request.mailTo()).isNull();
  }

  @Test
  void aCertificateRequestByMailForTravelCarriesThePassportAndTheMailingAddress() {
    CertificateIntakeForm form = certificateForm("MAIL", "OVERSEAS");
    form.setOtherName(" ");

    CertificateRequest request = form.toRequest(new FieldProblems());

    assertThat(request.passport().number()).isEqualTo("TK1234567");
    assertThat(request.passport().otherName()).as("an empty field is no other name").isNull();
    assertThat(request.mailTo()).isEqualTo(new CertificateRequest.MailTo("747-8501", "山口県防府市寿町7番1号"));
  }

  @Test
  void aChoiceTheScreenDoesNotOfferAndADateThatIsNoneAreNamedByTheirFields() {
    CertificateIntakeForm form = certificateForm("KIOSK_BY_POST", "DOMESTIC");
    form.setBirthDate("1980/04/01");
    FieldProblems problems = new FieldProblems();

    CertificateRequest request = form.toRequest(problems);

    assertThat(request.channel()).isNull();
    assertThat(problems.list()).extracting(FieldProblem::field).containsExactly("channel", "applicant.birthDate");
    assertThat(problems.list()).extracting(FieldProblem::message)
        .containsExactly("選択肢から選んでください。", "日付を 2026-12-06 の形で入力してください。");
  }

  @Test
  void aDisclosureRequestCarriesOnlyItsOwnSectionAndThePersonByMyNumber() {
    RequestIntakeForm form = requestForm("DISCLOSURE");
    form.setSubjectFamilyName("typed before choosing the number");

    PersonalInformationRequest request = form.toRequest(new FieldProblems());

    assertThat(request.subject()).isEqualTo(new PersonalInformationRequest.Subject("123456789018", null, null, null,
        null, null));
    assertThat(request.disclosure()).isEqualTo(new PersonalInformationRequest.Disclosure(List.of("CASES"), "VIEW"));
    assertThat(request.correction()).isNull();
    assertThat(request.suspension()).isNull();
    assertThat(request.receivedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void aCorrectionRequestTakesTheRowsUpToTheLastOneFilledSoThatEachErrorStaysOnItsRow() {
    RequestIntakeForm form = requestForm("CORRECTION");
    form.setCorrectionDose(new String[] {"", "2", ""});
    form.setCorrectionItem(new String[] {"", "LOT_NUMBER", ""});
    form.setCorrectionValue(new String[] {"", "FA5679", ""});
    form.setSubjectBy("BASIC_FOUR");
    form.setSubjectFamilyName("山田");
    form.setSubjectBirthDate("1980-04-01");

    PersonalInformationRequest request = form.toRequest(new FieldProblems());

    assertThat(request.correction().records()).containsExactly(new CorrectionItem("LEDGER_DOSE", null, null, ""),
        new CorrectionItem("LEDGER_DOSE", "2", "LOT_NUMBER", "FA5679"));
    assertThat(request.disclosure()).isNull();
    assertThat(request.subject().myNumber()).isNull();
    assertThat(request.subject().familyName()).isEqualTo("山田");
    assertThat(request.subject().birthDate()).isEqualTo(LocalDate.of(1980, 4, 1));
  }

  @Test
  void aPersonNamedNeitherWayAndAnEmptyNumberAreRefusedAtTheirFields() {
    RequestIntakeForm form = requestForm("SUSPENSION");
    form.setSubjectBy(null);
    form.setSuspensionMeasure("STOP_USE");
    form.setSuspensionGround("");
    FieldProblems problems = new FieldProblems();

    PersonalInformationRequest request = form.toRequest(problems);

    assertThat(problems.list()).extracting(FieldProblem::field).containsExactly("subjectBy");
    assertThat(request.suspension()).isEqualTo(new PersonalInformationRequest.Suspension("STOP_USE", null));

    form.setSubjectBy("MY_NUMBER");
    form.setSubjectMyNumber(null);
    assertThat(form.toRequest(new FieldProblems()).subject().myNumber())
        .as("the service then says the number is missing, not the four items").isEmpty();
  }

  private static CertificateIntakeForm certificateForm(String channel, String use) {
    CertificateIntakeForm form = new CertificateIntakeForm();
    form.setChannel(channel);
    form.setUse(use);
    form.setMyNumber("1234 5678-9018");
    form.setFamilyName("山田");
    form.setGivenName("花子");
    form.setBirthDate("1980-04-01");
    form.setSex("FEMALE");
    form.setPassportNumber("TK1234567");
    form.setNationality("JPN");
    form.setMailPostalCode("747-8501");
    form.setMailAddress("山口県防府市寿町7番1号");
    return form;
  }

  private static RequestIntakeForm requestForm(String type) {
    RequestIntakeForm form = new RequestIntakeForm();
    form.setType(type);
    form.setChannel("COUNTER");
    form.setReceivedOn("2026-12-01");
    form.setRelationship("SELF");
    form.setSubjectBy("MY_NUMBER");
    form.setSubjectMyNumber("1234 5678 9018");
    form.setDisclosureRecords(List.of("CASES"));
    form.setDisclosureMethod("VIEW");
    return form;
  }
}
