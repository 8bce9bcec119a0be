package jp.vaccinationoffice.caseserver.personalinfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Correction;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Disclosure;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Requester;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Subject;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Suspension;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import org.springframework.stereotype.Component;

/** Opens a request's sealed parts (requester, subject, details) for the steps that need them. */
@Component
class RequestDocuments {

  private final RequestStore store;
  private final PersonalDataCipher cipher;
  private final ObjectMapper json;

  RequestDocuments(RequestStore store, PersonalDataCipher cipher, ObjectMapper json) {
    this.store = store;
    this.cipher = cipher;
    this.json = json;
  }

  Requester requester(RequestStore.Row row) {
    return open(row, store.sealed(row.id()).requester(), Requester.class);
  }

  Subject subject(RequestStore.Row row) {
    return open(row, store.sealed(row.id()).subject(), Subject.class);
  }

  Disclosure disclosure(RequestStore.Row row) {
    return open(row, store.sealed(row.id()).details(), Disclosure.class);
  }

  Correction correction(RequestStore.Row row) {
    return open(row, store.sealed(row.id()).details(), Correction.class);
  }

  Suspension suspension(RequestStore.Row row) {
    return open(row, store.sealed(row.id()).details(), Suspension.class);
  }

  String seal(String municipalityCode, Object document) {
    try {
      return cipher.seal(municipalityCode, json.writeValueAsString(document));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a request part does not write as JSON", e);
    }
  }

  /** A sealed value that is text itself (not JSON). */
  String openText(String municipalityCode, String sealed) {
    return cipher.open(municipalityCode, sealed);
  }

  <T> T open(String municipalityCode, String sealed, Class<T> type) {
    try {
      return json.readValue(cipher.open(municipalityCode, sealed), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a sealed request part does not read back", e);
    }
  }

  private <T> T open(RequestStore.Row row, String sealed, Class<T> type) {
    return open(row.municipalityCode(), sealed, type);
  }
}
