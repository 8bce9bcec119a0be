package jp.vaccinationoffice.caseserver.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the index holds of one case or request, the same shape for every type. There is deliberately
 * no free-form field: a My Number, its HMAC index, a passport number or an address cannot be put
 * into the index because the document has no place for them.
 *
 * @param type the document type, e.g. {@code move-in} ({@link SearchDocumentSource#type()})
 * @param id the case's or request's id in its own table
 * @param municipalityCode whose it is; also the index it goes to
 * @param status the current status code
 * @param receptionNumber the number shown to the resident (受付番号), or null
 * @param receivedOn the day it was received
 * @param deadline the statutory deadline, or null
 * @param assignee the member of staff working it now, or null
 * @param birthDate the person's birth date, or null
 * @param familyNameRoman the family name as a passport spells it, or null (then read from the kana)
 * @param givenNameRoman the given name as a passport spells it, or null
 */
public record SearchDocument(
    String type,
    String id,
    String municipalityCode,
    String status,
    String receptionNumber,
    LocalDate receivedOn,
    LocalDate deadline,
    String assignee,
    String familyName,
    String givenName,
    String familyNameKana,
    String givenNameKana,
    LocalDate birthDate,
    String familyNameRoman,
    String givenNameRoman) {

  /** A document of a person known by kanji and kana only: the Roman name is read from the kana. */
  public SearchDocument(String type, String id, String municipalityCode, String status, String receptionNumber,
      LocalDate receivedOn, LocalDate deadline, String assignee, String familyName, String givenName,
      String familyNameKana, String givenNameKana, LocalDate birthDate) {
    this(type, id, municipalityCode, status, receptionNumber, receivedOn, deadline, assignee, familyName, givenName,
        familyNameKana, givenNameKana, birthDate, null, null);
  }

  /** The same document with another member of staff working it. */
  public SearchDocument withAssignee(String newAssignee) {
    return new SearchDocument(type, id, municipalityCode, status, receptionNumber, receivedOn, deadline, newAssignee,
        familyName, givenName, familyNameKana, givenNameKana, birthDate, familyNameRoman, givenNameRoman);
  }

  /** The document's id in the index: unique across types. */
  public String indexId() {
    return indexId(type, id);
  }

  static String indexId(String type, String id) {
    return type + ":" + id;
  }

  /** The JSON source sent to OpenSearch, field names as in {@link SearchIndexMapping}. */
  public Map<String, Object> source(NameKeys nameKeys) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("type", type);
    source.put("id", id);
    source.put("municipality", municipalityCode);
    source.put("status", status);
    source.put("reception_number", receptionNumber);
    source.put("received_on", receivedOn == null ? null : receivedOn.toString());
    source.put("deadline", deadline == null ? null : deadline.toString());
    source.put("assignee", assignee);
    source.put("name", join(familyName, givenName));
    source.put("name_kana", join(familyNameKana, givenNameKana));
    source.put("name_roman", romanName());
    source.put("birth_date", birthDate == null ? null : birthDate.toString());
    Set<String> keys = new LinkedHashSet<>(nameKeys.keysOf(familyName, givenName, familyNameKana, givenNameKana));
    if (familyNameRoman != null || givenNameRoman != null) {
      keys.addAll(nameKeys.keysOf(familyNameRoman, givenNameRoman, null, null));
    }
    source.put("name_keys", List.copyOf(keys));
    source.values().removeIf(value -> value == null);
    return source;
  }

  private String romanName() {
    if (familyNameRoman != null || givenNameRoman != null) {
      return join(familyNameRoman == null ? null : familyNameRoman.toUpperCase(java.util.Locale.ROOT),
          givenNameRoman == null ? null : givenNameRoman.toUpperCase(java.util.Locale.ROOT));
    }
    String family = NameKeys.romaji(familyNameKana);
    String given = NameKeys.romaji(givenNameKana);
    String joined = join(family == null ? null : family.toUpperCase(), given);
    return joined == null ? null : joined;
  }

  private static String join(String first, String second) {
    if (first == null && second == null) {
      return null;
    }
    return ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
  }
}
