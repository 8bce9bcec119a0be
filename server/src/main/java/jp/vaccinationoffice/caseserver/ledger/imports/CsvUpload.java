package jp.vaccinationoffice.caseserver.ledger.imports;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import jp.vaccinationoffice.caseserver.api.ApiException;
import org.apache.tika.Tika;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.springframework.http.HttpStatus;

/**
 * An uploaded file judged by its content alone: what kind of file it is (Tika's magic detection,
 * without the file name) and which encoding its text is in (Tika's encoding detection). Only text
 * in UTF-8 (with or without a byte order mark) or Shift_JIS passes; Shift_JIS is read as
 * Windows-31J, the Microsoft variant the health management system writes, which holds 髙, 﨑 and
 * the other NEC and IBM extensions.
 */
record CsvUpload(String text, String encoding) {

  static final Charset WINDOWS_31J = Charset.forName("windows-31j");
  private static final Set<String> SHIFT_JIS_NAMES = Set.of("shift_jis", "windows-31j", "ms932", "x-sjis", "sjis",
      "csshiftjis", "cswindows31j", "ibm943");
  private static final Set<String> TEXT_OR_UNKNOWN = Set.of("text/plain", "text/csv", "application/octet-stream");
  private static final Tika TIKA = new Tika();
  private static final EncodingDetector ENCODINGS = new DefaultEncodingDetector();

  static CsvUpload inspect(byte[] content) {
    if (content.length == 0) {
      throw ApiException.badRequest("the file is empty");
    }
    String type = contentType(content);
    if (!TEXT_OR_UNKNOWN.contains(type)) {
      throw unsupported("the file is " + type + " by its content, not a CSV text file");
    }
    CsvUpload upload = hasUtf8ByteOrderMark(content)
        ? new CsvUpload(decode(content, 3, StandardCharsets.UTF_8), "UTF-8 (BOM)")
        : decodeDetected(content);
    if (holdsControlCharacters(upload.text())) {
      throw unsupported("the file holds binary data, not CSV text");
    }
    return upload;
  }

  private static CsvUpload decodeDetected(byte[] content) {
    Charset detected = detectEncoding(content);
    String name = detected == null ? "unknown" : detected.name().toLowerCase(Locale.ROOT);
    if (name.equals("utf-8") || name.equals("us-ascii")) {
      return new CsvUpload(decode(content, 0, StandardCharsets.UTF_8), "UTF-8");
    }
    if (SHIFT_JIS_NAMES.contains(name)) {
      return new CsvUpload(decode(content, 0, WINDOWS_31J), "Windows-31J");
    }
    throw unsupported("the file's text encoding (" + (detected == null ? "not recognised" : detected.name())
        + ") is not supported: export the ledger as UTF-8 or Shift_JIS");
  }

  private static String contentType(byte[] content) {
    try {
      return TIKA.detect(new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new IllegalStateException("reading an in-memory upload failed", e);
    }
  }

  private static Charset detectEncoding(byte[] content) {
    try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(content))) {
      return ENCODINGS.detect(in, new Metadata());
    } catch (IOException e) {
      throw new IllegalStateException("reading an in-memory upload failed", e);
    }
  }

  private static String decode(byte[] content, int offset, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
    try {
      CharBuffer chars = decoder.decode(bytes);
      return chars.toString();
    } catch (MalformedInputException e) {
      throw ApiException.badRequest("the file is not valid " + charset.name() + " text at byte " + bytes.position());
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("the file holds characters that " + charset.name() + " cannot represent, near byte "
          + bytes.position());
    }
  }

  private static boolean hasUtf8ByteOrderMark(byte[] content) {
    return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF;
  }

  private static boolean holdsControlCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F) {
        return true;
      }
    }
    return false;
  }

  private static ApiException unsupported(String detail) {
    return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
  }
}
