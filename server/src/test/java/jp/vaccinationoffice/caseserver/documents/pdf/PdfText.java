package jp.vaccinationoffice.caseserver.documents.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What a reader's tool reads from a PDF: poppler's {@code pdftotext} (Debian's poppler-utils), independent of PDFBox. */
public final class PdfText {

  private PdfText() {}

  public static String of(byte[] pdf) {
    Path file = null;
    try {
      file = Files.createTempFile("document", ".pdf");
      Files.write(file, pdf);
      Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
          .redirectErrorStream(false).start();
      byte[] out = process.getInputStream().readAllBytes();
      String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError("pdftotext failed: " + errors);
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("pdftotext (Debian package poppler-utils) could not be run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } finally {
      if (file != null) {
        file.toFile().delete();
      }
    }
  }

  /** The text without any white space, for comparing text a line break may fall into. */
  public static String joined(byte[] pdf) {
    return of(pdf).replaceAll("\\s+", "");
  }
}
