package jp.vaccinationoffice.caseserver.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class JapaneseFontTest {

  @Test
  void theFirstDebianFontFoundIsTaken() {
    JapaneseFont font = JapaneseFont.locate("", JapaneseFont.DEBIAN_FONT_FILES);
    assertThat(font.file()).isIn(JapaneseFont.DEBIAN_FONT_FILES);
  }

  @Test
  void aConfiguredFontWins() {
    Path ipaGothic = Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf");
    assertThat(JapaneseFont.locate(ipaGothic.toString(), JapaneseFont.DEBIAN_FONT_FILES).file()).isEqualTo(ipaGothic);
  }

  @Test
  void noFontFoundSaysWhatWasLookedForAndHowToInstallOne() {
    assertThatThrownBy(() -> JapaneseFont.locate(null, List.of(Path.of("/nonexistent/ipaexg.ttf"))))
        .isInstanceOf(JapaneseFontMissingException.class)
        .hasMessageContaining("No Japanese font for PDF documents was found")
        .hasMessageContaining("/nonexistent/ipaexg.ttf")
        .hasMessageContaining("apt-get install fonts-ipaexfont-gothic")
        .hasMessageContaining("PDF_FONT");
  }

  @Test
  void aConfiguredFileThatDoesNotExistIsNotReplacedByAnother() {
    assertThatThrownBy(() -> JapaneseFont.locate("/nonexistent/font.ttf", JapaneseFont.DEBIAN_FONT_FILES))
        .isInstanceOf(JapaneseFontMissingException.class)
        .hasMessageContaining("/nonexistent/font.ttf named by PDF_FONT");
  }

  @Test
  void aFontWithoutJapaneseGlyphsIsRefused() {
    assertThatThrownBy(() -> JapaneseFont.locate("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", List.of()))
        .isInstanceOf(JapaneseFontMissingException.class)
        .hasMessageContaining("has no Japanese glyphs");
  }

  @Test
  void pdfBoxIsNotShownTheGlyphSubstitutionTableButEveryOtherTable() throws Exception {
    Path ipaexGothic = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
    try (TrueTypeFont asInstalled = new TTFParser().parse(new RandomAccessReadBufferedFile(ipaexGothic));
        PDDocument document = new PDDocument()) {
      assertThat(asInstalled.getTableMap()).containsKey("GSUB");
      FontFace face = JapaneseFont.locate(ipaexGothic.toString(), List.of()).embedInto(document);

      assertThat(face.font().getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
      assertThat(face.trueTypeFont().getTableMap()).doesNotContainKey("GSUB")
          .hasSize(asInstalled.getTableMap().size());
      assertThat(face.trueTypeFont().getNumberOfGlyphs()).isEqualTo(asInstalled.getNumberOfGlyphs());
    }
  }

  @Test
  void bytesThatAreNoFontAreLeftAsTheyAre() {
    byte[] tooShort = {0, 1, 0, 0};
    byte[] directoryCutShort = {0, 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 'G', 'S', 'U', 'B'};
    assertThat(JapaneseFont.withoutGlyphSubstitution(tooShort)).isEqualTo(tooShort);
    assertThat(JapaneseFont.withoutGlyphSubstitution(directoryCutShort)).isEqualTo(directoryCutShort);
  }

  @Test
  void theServerDoesNotStartWithoutAFont() {
    new ApplicationContextRunner().withUserConfiguration(PdfConfiguration.class)
        .withPropertyValues("pdf.font=/nonexistent/font.ttf")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasRootCauseInstanceOf(JapaneseFontMissingException.class)
            .rootCause().hasMessageContaining("apt-get install fonts-ipaexfont-gothic"));
    new ApplicationContextRunner().withUserConfiguration(PdfConfiguration.class)
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(JapaneseFont.class));
  }
}
