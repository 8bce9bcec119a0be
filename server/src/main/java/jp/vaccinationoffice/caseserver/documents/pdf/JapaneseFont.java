package jp.vaccinationoffice.caseserver.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  private final Path file;
  private final byte[] bytes;

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
      return new JapaneseFont(path, bytes);
    } catch (IOException e) {
      throw new JapaneseFontMissingException("The PDF font " + path + " could not be read as a TrueType font ("
          + e.getMessage() + ")", INSTALL_ADVICE);
    }
  }

  public Path file() {
    return file;
  }

  /** Parses the font for one document and embeds it there as a subset of the glyphs the document uses. */
  FontFace embedInto(PDDocument document) {
    try {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      PDType0Font font = PDType0Font.load(document, ttf, true);
      return new FontFace(font, ttf.getUnicodeCmapLookup());
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF font " + file + " could not be embedded", e);
    }
  }
}
