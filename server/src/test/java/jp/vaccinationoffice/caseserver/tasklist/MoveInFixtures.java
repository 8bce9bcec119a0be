package jp.vaccinationoffice.caseserver.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import jp.vaccinationoffice.caseserver.support.Http;

/** Move-in cases started at the counter through the case API, with the national systems simulated over HTTP. */
final class MoveInFixtures {

  static final String PASSWORD = "demo-password-for-tests";
  static final String HOFU = "352063";
  static final String UBE = "352021";
  /** A municipality whose partition of VRS holds no records of the resident. */
  static final String WITHOUT_RECORDS = "352012";
  private static final String MY_NUMBER = "123456789018";

  private final Http http;

  MoveInFixtures(Http http) {
    this.http = http;
  }

  /** The resident as 防府市's registry knows them, vaccinated while living in 宇部市. */
  void residentOfHofuVaccinatedInUbe() {
    post("/sim/reset", "{}");
    post("/sim/registry/municipalities/" + HOFU + "/residents", """
        {"myNumber":"%s","addresseeNumber":"0012345678","familyName":"山田","givenName":"花子",
         "familyNameKana":"ヤマダ","givenNameKana":"ハナコ","birthDate":"1980-04-01","sex":"FEMALE",
         "address":"山口県防府市寿町7-1","supportMeasure":false}""".formatted(MY_NUMBER));
    post("/sim/vrs/municipalities/" + UBE + "/persons", """
        {"myNumber":"%s","familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
         "birthDate":"1980-04-01","sex":"FEMALE","doses":[
           {"doseNumber":1,"date":"2021-06-01","manufacturer":"ファイザー","product":"コミナティ筋注","lot":"FA1234"}]}"""
        .formatted(MY_NUMBER));
  }

  /** The registry knows the resident under another family name. */
  void registeredUnderAnotherFamilyName() {
    post("/sim/registry/municipalities/" + HOFU + "/residents", """
        {"myNumber":"%s","addresseeNumber":"0012345678","familyName":"田中","givenName":"花子",
         "familyNameKana":"ヤマダ","givenNameKana":"ハナコ","birthDate":"1980-04-01","sex":"FEMALE",
         "address":"山口県防府市寿町7-1","supportMeasure":false}""".formatted(MY_NUMBER));
  }

  /** Intake at the counter as the clerk; answers the case id. */
  String intake(String previousMunicipality, boolean signedFormReceived) {
    HttpResponse<String> response = http.postJson("/api/move-in-queries", """
        {"previousMunicipalityCode":"%s","myNumber":"%s",
         "resident":{"familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
                     "birthDate":"1980-04-01","sex":"FEMALE","address":"山口県防府市寿町7-1"},
         "consent":{"given":true,"signedOn":"2026-11-20","formReceived":%s}}"""
        .formatted(previousMunicipality, MY_NUMBER, signedFormReceived), "clerk", PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return read(response.body(), "caseId");
  }

  private void post(String path, String json) {
    HttpResponse<String> response = http.postJson(path, json, null, null);
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
  }

  private static String read(String body, String field) {
    try {
      return new ObjectMapper().readTree(body).get(field).asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
