package jp.vaccinationoffice.caseserver.search;

import com.ibm.icu.text.Normalizer2;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.input.FreeText;
import jp.vaccinationoffice.common.MyNumber;

/**
 * What a search asks, read from the parameters: the words of {@code q} are a birth date (西暦 or
 * 和暦, see {@link BirthDates}), a reference (a case or request id, a reception or ticket number) or
 * the name (all remaining words, joined: 高橋 花子 = 高橋花子), plus the filters. Refusals are 400s
 * naming the parameter, never repeating its value. The municipality is no part of it: it is the
 * signed-in member of staff's, always.
 */
public record SearchQuery(
    String text,
    String nameKey,
    LocalDate birthDate,
    String reference,
    String type,
    String status,
    LocalDate from,
    LocalDate to,
    int page,
    int size) {

  public static final int MAX_TEXT = 200;
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 100;
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Pattern REFERENCE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{5,63}");
  private static final Pattern HAS_LETTER_OR_KANA = Pattern.compile(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
  private static final Pattern STATUS = Pattern.compile("[A-Z][A-Z_]{0,39}");
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z-]{0,39}");

  public static SearchQuery parse(String q, String type, String status, String from, String to, String page,
      String size, NameKeys nameKeys) {
    String text = null;
    String nameKey = null;
    LocalDate birthDate = null;
    String reference = null;
    if (q != null && !q.isBlank()) {
      FreeText.Checked checked = FreeText.line(q, MAX_TEXT);
      if (checked.refused()) {
        throw ApiException.badRequest("q " + checked.problem());
      }
      if (MyNumber.appearsIn(checked.value())) {
        throw ApiException.badRequest("q holds an individual number (My Number): search by name, birth date or reference");
      }
      text = checked.value();
      List<String> nameWords = new ArrayList<>();
      for (String word : NFKC.normalize(text).split("[\\s　]+")) {
        if (word.isEmpty()) {
          continue;
        }
        var date = BirthDates.parse(word);
        if (date.isPresent()) {
          if (birthDate != null) {
            throw ApiException.badRequest("q holds two birth dates");
          }
          birthDate = date.get();
        } else if (REFERENCE.matcher(word).matches() && word.chars().anyMatch(Character::isDigit)
            && !HAS_LETTER_OR_KANA.matcher(word).matches()) {
          if (reference != null) {
            throw ApiException.badRequest("q holds two references");
          }
          reference = word;
        } else if (word.matches("[\\p{N}\\p{P}]+")) {
          throw ApiException.badRequest("q holds a number that is neither a date nor a reference (dates: 1990-04-01, 平成2年4月1日, H2.4.1)");
        } else {
          nameWords.add(word);
        }
      }
      if (!nameWords.isEmpty()) {
        nameKey = nameKeys.key(String.join("", nameWords));
        if (nameKey.isEmpty()) {
          throw ApiException.badRequest("q holds no searchable name");
        }
      }
    }
    if (type != null && !TYPE.matcher(type).matches()) {
      throw ApiException.badRequest("type is not a document type (e.g. move-in, certificate-request, disclosure-request)");
    }
    if (status != null && !STATUS.matcher(status).matches()) {
      throw ApiException.badRequest("status is not a status code (capital letters and underscores)");
    }
    LocalDate fromDate = date("from", from);
    LocalDate toDate = date("to", to);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      throw ApiException.badRequest("to lies before from");
    }
    int pageNumber = integer("page", page, 0, 0, MAX_PAGE);
    int pageSize = integer("size", size, 20, 1, MAX_SIZE);
    return new SearchQuery(text, nameKey, birthDate, reference, blankToNull(type), blankToNull(status), fromDate,
        toDate, pageNumber, pageSize);
  }

  /** The filters as one line for the search log. */
  public String filters() {
    List<String> parts = new ArrayList<>();
    if (type != null) {
      parts.add("type=" + type);
    }
    if (status != null) {
      parts.add("status=" + status);
    }
    if (from != null) {
      parts.add("from=" + from);
    }
    if (to != null) {
      parts.add("to=" + to);
    }
    parts.add("page=" + page);
    parts.add("size=" + size);
    return String.join(";", parts);
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw ApiException.badRequest(name + " is not a date (yyyy-MM-dd)");
    }
    try {
      return LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw ApiException.badRequest(name + " is not a date (yyyy-MM-dd)");
    }
  }

  private static int integer(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    if (!value.matches("\\d{1,9}")) {
      throw ApiException.badRequest(name + " is not a whole number from " + min + " to " + max);
    }
    int number = Integer.parseInt(value);
    if (number < min || number > max) {
      throw ApiException.badRequest(name + " is not a whole number from " + min + " to " + max);
    }
    return number;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
