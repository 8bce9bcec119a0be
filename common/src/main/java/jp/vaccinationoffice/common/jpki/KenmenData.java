package jp.vaccinationoffice.common.jpki;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.vaccinationoffice.common.InvalidIdentifierException;
import jp.vaccinationoffice.common.MyNumber;

/**
 * The My Number card's 券面事項入力補助AP data as this system exchanges it: the individual number and
 * the four basic items (氏名, 住所, 生年月日, 性別), and the serial number of the card's
 * user-authentication certificate, which binds the data to the card that was read. J-LIS signs these
 * exact bytes (SHA256withRSA), so the form is canonical:
 *
 * <pre>
 * JPKI-KENMEN/1
 * cardCertificateSerial:&lt;serial, lower-case hex, no leading zeros&gt;
 * myNumber:&lt;12 digits&gt;
 * name:&lt;氏名&gt;
 * address:&lt;住所&gt;
 * birthDate:&lt;yyyy-MM-dd&gt;
 * sex:&lt;MALE|FEMALE&gt;
 * </pre>
 *
 * UTF-8 without a byte order mark, each line ended by one LF, text values in Unicode NFC without
 * control characters and without surrounding spaces. Any other byte sequence is not a kenmen.
 * {@link #toString()} masks the number.
 */
public record KenmenData(BigInteger cardCertificateSerial, MyNumber myNumber, String name, String address,
    LocalDate birthDate, String sex) {

  public static final String HEADER = "JPKI-KENMEN/1";
  private static final List<String> FIELDS = List.of("cardCertificateSerial", "myNumber", "name", "address", "birthDate", "sex");
  private static final List<String> SEXES = List.of("MALE", "FEMALE");

  public KenmenData {
    if (cardCertificateSerial == null || cardCertificateSerial.signum() <= 0) {
      throw new InvalidIdentifierException("kenmen cardCertificateSerial must be a positive number");
    }
    if (myNumber == null || birthDate == null) {
      throw new InvalidIdentifierException("kenmen myNumber and birthDate are required");
    }
    name = text(name, "name");
    address = text(address, "address");
    if (!SEXES.contains(sex)) {
      throw new InvalidIdentifierException("kenmen sex must be MALE or FEMALE");
    }
  }

  /** The canonical bytes J-LIS signs. */
  public byte[] toBytes() {
    String text = HEADER + "\n"
        + "cardCertificateSerial:" + cardCertificateSerial.toString(16) + "\n"
        + "myNumber:" + myNumber.digits() + "\n"
        + "name:" + name + "\n"
        + "address:" + address + "\n"
        + "birthDate:" + birthDate + "\n"
        + "sex:" + sex + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Reads canonical bytes; anything not in exactly that form is refused (the message names no value). */
  public static KenmenData parse(byte[] bytes) {
    String text = decode(bytes);
    if (!text.endsWith("\n")) {
      throw malformed("does not end with a line feed");
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    if (lines.length != FIELDS.size() + 1 || !HEADER.equals(lines[0])) {
      throw malformed("is not a " + HEADER + " document of " + (FIELDS.size() + 1) + " lines");
    }
    String[] values = new String[FIELDS.size()];
    for (int i = 0; i < FIELDS.size(); i++) {
      String prefix = FIELDS.get(i) + ":";
      if (!lines[i + 1].startsWith(prefix)) {
        throw malformed("line " + (i + 2) + " is not " + FIELDS.get(i));
      }
      values[i] = lines[i + 1].substring(prefix.length());
    }
    KenmenData data = new KenmenData(serial(values[0]), MyNumber.parse(values[1]), values[2], values[3],
        date(values[4]), values[5]);
    if (!java.util.Arrays.equals(data.toBytes(), bytes)) {
      throw malformed("is not in canonical form");
    }
    return data;
  }

  @Override
  public String toString() {
    return "KenmenData[cardCertificateSerial=" + cardCertificateSerial.toString(16) + ", myNumber=" + myNumber + "]";
  }

  private static String text(String value, String field) {
    if (value == null || value.isEmpty() || !value.equals(value.strip())) {
      throw new InvalidIdentifierException("kenmen " + field + " must be non-empty text without surrounding spaces");
    }
    if (value.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
      throw new InvalidIdentifierException("kenmen " + field + " must not contain control or format characters");
    }
    if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
      throw new InvalidIdentifierException("kenmen " + field + " must be in Unicode NFC");
    }
    return value;
  }

  private static String decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw malformed("is empty");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw malformed("is not UTF-8");
    }
  }

  private static BigInteger serial(String hex) {
    if (!hex.matches("[1-9a-f][0-9a-f]{0,63}")) {
      throw malformed("cardCertificateSerial is not lower-case hex");
    }
    return new BigInteger(hex, 16);
  }

  private static LocalDate date(String value) {
    try {
      if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw malformed("birthDate is not yyyy-MM-dd");
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw malformed("birthDate is not a calendar date");
    }
  }

  private static InvalidIdentifierException malformed(String what) {
    return new InvalidIdentifierException("the kenmen data " + what);
  }
}
