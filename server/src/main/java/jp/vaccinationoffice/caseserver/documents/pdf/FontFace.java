package jp.vaccinationoffice.caseserver.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The font embedded in one document: what it can draw and how wide a text is. */
final class FontFace {

  /** Drawn for a character the font has no glyph for (げた記号, as Japanese printing does). */
  private static final int MISSING = 0x3013;

  private final PDType0Font font;
  private final CmapLookup cmap;

  FontFace(PDType0Font font, CmapLookup cmap) {
    this.font = font;
    this.cmap = cmap;
  }

  PDType0Font font() {
    return font;
  }

  /**
   * The text as it can be drawn: tabs and other control characters become spaces, characters
   * without a glyph in the font become 〓, so that no input can make a document fail.
   */
  String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
        out.append(cp == '\n' ? '\n' : ' ');
      } else if (cmap.getGlyphId(cp) == 0 && cp != ' ') {
        out.appendCodePoint(cmap.getGlyphId(MISSING) != 0 ? MISSING : '?');
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /** The width in points of printable text at the given size. */
  float width(String printableText, float size) {
    try {
      return font.getStringWidth(printableText) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
