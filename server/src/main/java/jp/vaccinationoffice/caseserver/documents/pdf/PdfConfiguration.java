package jp.vaccinationoffice.caseserver.documents.pdf;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Finds the Japanese font at start-up, so that a server without one refuses to start instead of failing its first letter. */
@Configuration
class PdfConfiguration {

  @Bean
  JapaneseFont japaneseFont(@Value("${pdf.font:${PDF_FONT:}}") String configuredFont) {
    return JapaneseFont.locate(configuredFont, JapaneseFont.DEBIAN_FONT_FILES);
  }
}
