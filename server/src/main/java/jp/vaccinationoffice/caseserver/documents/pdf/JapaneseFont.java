package jp.vaccinationoffice.caseserver.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Japanese font every PDF of the office embeds (as a subset of the glyphs used). It is taken
 * from the operating system's font package, never from the repository: the file named by
 * {@code PDF_FONT} (configuration {@code pdf.font}), else the first of Debian's IPAex Gothic and IPA
 * Gothic files that exists. The file is read once and kept in memory.
 *
 * <p>PDFBox is not shown the font's glyph substitution table (GSUB): the office's documents are set
 * horizontally and want none of its substitutions (vertical forms; Latin ligatures, which would also
 * spoil text copied out of a PDF), and PDFBox 3 builds its ligature matcher again for every text it
 * draws with a font that has the table, which made that a third of a certificate's PDF time. The
 * embedded subset never carries the table either way.
 */
public final class JapaneseFont {

  public static final String ENVIRONMENT_VARIABLE = "PDF_FONT";

  /** Where Debian's {@code fonts-ipaexfont-gothic} and {@code fonts-ipafont-gothic} put their fonts. */
  public static final List<Path> DEBIAN_FONT_FILES = List.of(
      Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
      Path.of("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"),
      Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
      Path.of("/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf"),
      Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"));

  static final String INSTALL_ADVICE = "install Debian's Japanese font (apt-get install fonts-ipaexfont-gothic)"
      + " or set " + ENVIRONMENT_VARIABLE + " to a TrueType font file with Japanese glyphs";

  private static final int GSUB_TAG = tag("GSUB");
  /** A tag no reader knows, in the place of GSUB's. */
  private static final int UNREAD_TAG = tag("gsu_");

  /** Parsed copies kept for reuse: about as many as documents are made at the same time. */
  private static final int MAX_PARSED = 8;

  private final Path file;
  private final byte[] bytes;
  private final Queue<TrueTypeFont> parsed = new ConcurrentLinkedQueue<>();

  private static int tag(String name) {
    return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
  }

  private JapaneseFont(Path file, byte[] bytes) {
    this.file = file;
    this.bytes = bytes;
  }

  /** The font named by the environment variable {@code PDF_FONT}, else the first Debian font found. */
  public static JapaneseFont fromEnvironment() {
    return locate(System.getenv(ENVIRONMENT_VARIABLE), DEBIAN_FONT_FILES);
  }

  /**
   * The configured font file when {@code configured} is not blank (it must exist), else the first of
   * {@code candidates} that exists.
   *
   * @throws JapaneseFontMissingException naming what was looked for and how to install a font
   */
  public static JapaneseFont locate(String configured, List<Path> candidates) {
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured.trim());
      if (!Files.isRegularFile(path)) {
        throw new JapaneseFontMissingException("The PDF font " + path + " named by " + ENVIRONMENT_VARIABLE
            + " (pdf.font) does not exist or is not a file", INSTALL_ADVICE);
      }
      return load(path);
    }
    return candidates.stream().filter(Files::isRegularFile).findFirst().map(JapaneseFont::load)
        .orElseThrow(() -> new JapaneseFontMissingException("No Japanese font for PDF documents was found (looked"
            + " for " + candidates + ")", INSTALL_ADVICE));
  }

  private static JapaneseFont load(Path path) {
    try {
      byte[] bytes = Files.readAllBytes(path);
      try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
        if (ttf.getUnicodeCmapLookup(false) == null || ttf.getUnicodeCmapLookup().getGlyphId('あ') == 0) {
          throw new JapaneseFontMissingException("The PDF font " + path + " has no Japanese glyphs", INSTALL_ADVICE);
        }
      }
      return new JapaneseFont(path, withoutGlyphSubstitution(bytes));
    } catch (IOException e) {
      throw new JapaneseFontMissingException("The PDF font " + path + " could not be read as a TrueType font ("
          + e.getMessage() + ")", INSTALL_ADVICE);
    }
  }

  /**
   * The font file with its GSUB table renamed in the table directory, which readers look tables up
   * in by tag; anything that is not a TrueType/OpenType table directory is returned as it is.
   */
  static byte[] withoutGlyphSubstitution(byte[] font) {
    if (font.length < 12) {
      return font;
    }
    ByteBuffer renamed = ByteBuffer.wrap(font.clone());
    int tables = renamed.getShort(4) & 0xFFFF;
    for (int i = 0; i < tables && 12 + 16 * (i + 1) <= font.length; i++) {
      int entry = 12 + 16 * i;
      if (renamed.getInt(entry) == GSUB_TAG) {
        renamed.putInt(entry, UNREAD_TAG);
      }
    }
    return renamed.array();
  }

  public Path file() {
    return file;
  }

  /**
   * Embeds the font in one document as a subset of the glyphs the document uses. A parsed font is
   * used by one document at a time (its tables are read lazily from one buffer): it is borrowed
   * here and given back by {@link #release}, so that parsing the font is not repeated per document.
   */
  FontFace embedInto(PDDocument document) {
    TrueTypeFont ttf = parsed.poll();
    try {
      if (ttf == null) {
        ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      }
      PDType0Font font = PDType0Font.load(document, ttf, true);
      return new FontFace(font, ttf);
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF font " + file + " could not be embedded", e);
    }
  }

  /** Gives the parsed font back once its document is written and closed. */
  void release(FontFace face) {
    if (parsed.size() < MAX_PARSED) {
      parsed.offer(face.trueTypeFont());
    }
  }
}
