package jp.vaccinationoffice.modelchecks.leaks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.vaccinationoffice.common.MyNumber;
import java.util.stream.Stream;

/**
 * Scans what a build wrote — logs, test reports, CSV and JSON output — for twelve-digit runs that
 * pass the My Number check digit. A hit means a My Number escaped into a file it must never reach.
 * The findings name file and line and show the number masked.
 */
public final class MyNumberLeakScan {

  public record Finding(Path file, int line, String masked) {
    @Override
    public String toString() {
      return file + ":" + line + " " + masked;
    }
  }

  private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");
  /**
   * A UUID's last group is twelve hexadecimal characters; about one in three hundred of them are all
   * digits, and a tenth of those pass the check digit. Random ids, never My Numbers, so they are blanked.
   */
  private static final Pattern UUID = Pattern.compile(
      "(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])");
  private static final Set<String> SCANNED_ENDINGS = Set.of(".log", ".txt", ".xml", ".json", ".csv", ".out");
  private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private MyNumberLeakScan() {}

  public static List<Finding> scan(List<Path> roots) {
    List<Finding> findings = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(Files::isRegularFile).filter(MyNumberLeakScan::scanned).forEach(file -> scanFile(file, findings));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return findings;
  }

  /** A number that could be issued: valid check digit, not the placeholder of all zeros. */
  static boolean isMyNumber(String twelveDigits) {
    return MyNumber.isValid(twelveDigits);
  }

  private static boolean scanned(Path file) {
    String name = file.getFileName().toString();
    try {
      return SCANNED_ENDINGS.stream().anyMatch(name::endsWith) && Files.size(file) <= MAX_FILE_BYTES;
    } catch (IOException e) {
      return false;
    }
  }

  private static void scanFile(Path file, List<Finding> findings) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException notText) {
      lines = List.of(new String(readBytes(file), StandardCharsets.ISO_8859_1).split("\n"));
    }
    for (int i = 0; i < lines.size(); i++) {
      Matcher matcher = TWELVE_DIGITS.matcher(UUID.matcher(lines.get(i)).replaceAll("uuid"));
      while (matcher.find()) {
        if (isMyNumber(matcher.group())) {
          findings.add(new Finding(file, i + 1, "********" + matcher.group().substring(8)));
        }
      }
    }
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Arguments: directories to scan. Exits 1 listing every finding. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    List<Finding> findings = scan(Stream.of(args).map(Path::of).toList());
    if (findings.isEmpty()) {
      out.println("My Number leak scan: no My Number in " + String.join(", ", args));
      return;
    }
    out.println("My Number leak scan: " + findings.size() + " My Number(s) found in build output:");
    findings.forEach(finding -> out.println("  " + finding));
    System.exit(1);
  }
}
