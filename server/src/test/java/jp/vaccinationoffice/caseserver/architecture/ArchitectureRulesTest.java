package jp.vaccinationoffice.caseserver.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Map;
import java.util.Set;
import jp.vaccinationoffice.workers.runtime.CaseWorker;
import jp.vaccinationoffice.workers.runtime.ExternalTaskTopic;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The structure every module keeps, checked on the compiled main classes of the server and of the
 * modules it is built from (common, workers, simulators, model checks).
 */
@AnalyzeClasses(packages = "jp.vaccinationoffice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTest {

  static final String SERVER = "jp.vaccinationoffice.caseserver..";
  static final String WORKERS = "jp.vaccinationoffice.workers..";
  static final String SIMULATORS = "jp.vaccinationoffice.simulators..";
  static final String COMMON = "jp.vaccinationoffice.common..";

  @ArchTest
  static final ArchRule workersNeverDependOnTheServer = noClasses().that().resideInAPackage(WORKERS)
      .should().dependOnClassesThat().resideInAPackage(SERVER)
      .because("the workers run beside any engine that serves their topics; the server depends on them, not the reverse");

  @ArchTest
  static final ArchRule workersServeNoWebRequests = noClasses().that().resideInAPackage(WORKERS)
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
      .because("a worker talks to the engine through its Java API and to national systems through its gateways only");

  @ArchTest
  static final ArchRule simulatorsKnowNothingOfTheSystemTheySimulateFor = noClasses().that().resideInAPackage(SIMULATORS)
      .should().dependOnClassesThat().resideInAnyPackage(SERVER, WORKERS)
      .because("a simulator stands for a national system, which knows the office only through HTTP");

  @ArchTest
  static final ArchRule commonDependsOnNoOtherModule = noClasses().that().resideInAPackage(COMMON)
      .should().dependOnClassesThat().resideInAnyPackage(SERVER, WORKERS, SIMULATORS, "org.springframework..");

  /** Controllers read and write through their features' services, never with SQL of their own. */
  @ArchTest
  static final ArchRule controllersNeverTouchTheDatabase = noClasses()
      .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
      .because("a controller checks the request and calls its feature's service, which owns the tables");

  /**
   * The server's feature packages depend on each other without a cycle. The packages of staff
   * access (sign-in, accounts, the access log, hardening) still depend on each other both ways, as
   * do the case file and its consent: each group counts as one feature.
   */
  @ArchTest
  static final ArchRule serverFeaturesHaveNoCycles = slices().assignedFrom(new ServerFeatures()).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule workerPackagesHaveNoCycles = slices().matching("jp.vaccinationoffice.workers.(*)..")
      .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyConsoleCommandsWriteToTheConsole = noClasses()
      .that().resideInAnyPackage(SERVER, WORKERS, SIMULATORS, COMMON)
      .and().haveSimpleNameNotEndingWith("Command")
      .and().doNotHaveFullyQualifiedName("jp.vaccinationoffice.caseserver.startup.StartupReport")
      .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
      .because("everything else logs through SLF4J, where the My Number masking and the log files are");

  @ArchTest
  static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest
  static final ArchRule constructorInjectionOnly = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

  @ArchTest
  static final ArchRule everyWorkerIsNamedAndAnnotatedAfterItsTopic = classes()
      .that().implement(CaseWorker.class).and().areNotInterfaces()
      .should().beAnnotatedWith(ExternalTaskTopic.class).andShould().haveSimpleNameEndingWith("Worker");

  /** A server class's feature: the package below {@code caseserver}, some of them grouped. */
  static final class ServerFeatures implements SliceAssignment {

    private static final String ROOT = "jp.vaccinationoffice.caseserver.";
    /** What puts features together (demo data, the start-up report): it uses them all, none uses it. */
    private static final Set<String> COMPOSITION = Set.of("demo", "startup");
    private static final Map<String, String> GROUPED = Map.of(
        "security", "staff access", "accounts", "staff access", "accesslog", "staff access",
        "hardening", "staff access",
        "cases", "case file", "consent", "case file");

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      if (!name.startsWith(ROOT)) {
        return SliceIdentifier.ignore();
      }
      String feature = name.substring(ROOT.length()).split("\\.")[0];
      if (COMPOSITION.contains(feature)) {
        return SliceIdentifier.ignore();
      }
      return SliceIdentifier.of(GROUPED.getOrDefault(feature, feature));
    }

    @Override
    public String getDescription() {
      return "feature packages of the case server";
    }
  }
}
