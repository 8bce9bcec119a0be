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
    return run(pdf);
  }

  /**
   * The text above the foot of every page (the footer is cropped away) in the order it was written
   * (pdftotext's raw mode: a table cell or a labelled value reads whole), without white space, so
   * that text running over a line or page break reads on.
   */
  public static String body(byte[] pdf) {
    // pdftotext crops in pixels at 72 dpi, i.e. points: A4 is 595 × 842, the footer sits within 15 mm of the foot
    return run(pdf, "-raw", "-x", "0", "-y", "0", "-W", "596", "-H", "800").replaceAll("[\\s\\u3000]+", "");
  }

  private static String run(byte[] pdf, String... options) {
    Path file = null;
    try {
      file = Files.createTempFile("document", ".pdf");
      Files.write(file, pdf);
      java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("pdftotext", "-enc", "UTF-8"));
      command.addAll(java.util.List.of(options));
      command.addAll(java.util.List.of(file.toString(), "-"));
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
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
    return of(pdf).replaceAll("[\\s\\u3000]+", "");
  }
}
