package jp.vaccinationoffice.caseserver.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.vaccinationoffice.caseserver.support.RepositoryModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each table of the case store is written by one feature package: the one that owns it (its store).
 * Other features read what they need or call the owner. The tables come from the Flyway migrations
 * of every module; the writes are the {@code INSERT}, {@code UPDATE}, {@code DELETE} and
 * {@code MERGE} statements in the server's main sources (the benchmarks fill tables directly to set
 * up a database, which is no feature's work).
 */
class CaseStoreTablesTest {

  /** The case header every kind of case shares: the {@code cases} feature and the feature of each kind write it. */
  static final String SHARED_CASE_HEADER = "case_file";

  private static final Pattern CREATE_TABLE =
      Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");

  static Set<String> tables;
  static Map<String, Set<String>> writingPackages;

  @BeforeAll
  static void scanTheRepository() throws IOException {
    tables = new TreeSet<>();
    for (Path migration : files("/src/main/resources/db/migration/", ".sql")) {
      Matcher created = CREATE_TABLE.matcher(Files.readString(migration));
      while (created.find()) {
        tables.add(created.group(1).toLowerCase());
      }
    }
    writingPackages = new TreeMap<>();
    for (Path source : files("/server/src/main/java/", ".java")) {
      String code = Files.readString(source);
      Matcher pkg = PACKAGE.matcher(code);
      String packageName = pkg.find() ? pkg.group(1) : "";
      for (String table : tables) {
        if (writes(code, table)) {
          writingPackages.computeIfAbsent(table, t -> new TreeSet<>()).add(packageName);
        }
      }
    }
  }

  @Test
  void theScanFindsTheTablesAndTheirWriters() {
    assertThat(tables).contains("case_file", "consent", "ledger_dose", "provision_record", "access_log",
        "national_system_call");
    assertThat(writingPackages.get("access_log")).containsExactly("jp.vaccinationoffice.caseserver.accesslog");
  }

  @Test
  void everyTableIsWrittenByOnePackage() {
    Map<String, Set<String>> sharedWrites = new TreeMap<>();
    writingPackages.forEach((table, packages) -> {
      if (packages.size() > 1 && !table.equals(SHARED_CASE_HEADER)) {
        sharedWrites.put(table, packages);
      }
    });

    assertThat(sharedWrites).as("tables written by more than one package").isEmpty();
  }

  @Test
  void theSharedCaseHeaderIsWrittenByTheCasesFeatureAndTheFeaturesOfEachKindOfCase() {
    assertThat(writingPackages.get(SHARED_CASE_HEADER)).contains("jp.vaccinationoffice.caseserver.cases")
        .allSatisfy(writer -> assertThat(writer).startsWith("jp.vaccinationoffice.caseserver."));
  }

  static boolean writes(String code, String table) {
    return Pattern.compile("(?i)\\b(insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+" + table + "\\b")
        .matcher(code).find();
  }

  private static Iterable<Path> files(String under, String ending) {
    try (Stream<Path> all = Files.walk(RepositoryModels.ROOT)) {
      return all.filter(file -> file.toString().replace('\\', '/').contains(under))
          .filter(file -> file.toString().endsWith(ending))
          .filter(file -> !file.toString().contains("/target/") && !file.toString().contains("/.git/"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
