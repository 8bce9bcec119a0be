package jp.vaccinationoffice.caseserver.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.ledger.LedgerSnapshot;
import jp.vaccinationoffice.caseserver.ledger.LedgerSnapshot.HeldPerson;
import org.junit.jupiter.api.Test;

class ImportPlannerTest {

  private static final LocalDate BORN = LocalDate.of(1980, 4, 1);
  private static final Ledger.Dose HELD_DOSE = dose(1, "FA1");

  private final List<ImportError> errors = new ArrayList<>();
  private final ImportPlanner planner = new ImportPlanner(new LedgerSnapshot(Map.of(
      "held", new HeldPerson("p-held", "100", "山田 花子", "ヤマダ ハナコ", BORN, "FEMALE", Map.of(1, HELD_DOSE)))),
      errors::add);

  @Test
  void newPersonsAndDosesAreAddedOnce() {
    planner.add(row(2, "new", person("100", "佐藤 一郎"), dose(1, "FA1")), "new");
    planner.add(row(3, "new", person("100", "佐藤 一郎"), dose(2, "FA2")), "new");
    ImportPlan plan = planner.plan();
    assertThat(errors).isEmpty();
    assertThat(plan.personsAdded()).isEqualTo(1);
    assertThat(plan.dosesAdded()).isEqualTo(2);
    assertThat(plan.steps().get(1).newPerson()).isNull();
    assertThat(plan.steps().get(1).newDose().personId()).isEqualTo(plan.steps().get(0).newPerson().id());
  }

  @Test
  void whatTheLedgerHoldsIsUnchanged() {
    planner.add(row(2, "held", new Ledger.Person("100", "x", "山田 花子", "ヤマダ ハナコ", BORN, "FEMALE"), HELD_DOSE), "held");
    ImportPlan plan = planner.plan();
    assertThat(errors).isEmpty();
    assertThat(plan.steps()).isEmpty();
    assertThat(plan.personUpdates()).isEmpty();
    assertThat(plan.dosesUnchanged()).isEqualTo(1);
  }

  @Test
  void aHeldPersonsNewNameIsTakenOver() {
    planner.add(row(2, "held", new Ledger.Person("100", "x", "鈴木 花子", "スズキ ハナコ", BORN, "FEMALE"), HELD_DOSE), "held");
    assertThat(errors).isEmpty();
    assertThat(planner.plan().personUpdates()).singleElement()
        .satisfies(update -> assertThat(update.name()).isEqualTo("鈴木 花子"));
  }

  @Test
  void aPersonWhoseRecordsWereErasedIsNotImportedAgain() {
    ImportPlanner afterErasure = new ImportPlanner(new LedgerSnapshot(Map.of(), java.util.Set.of("erased")), errors::add);

    afterErasure.add(row(5, "erased", person("100", "佐藤 一郎"), dose(1, "FA1")), "erased");
    afterErasure.add(row(6, "new", person("101", "鈴木 次郎"), dose(1, "FA1")), "new");

    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(5);
      assertThat(error.column()).isEqualTo("個人番号");
      assertThat(error.message()).contains("消去");
    });
    assertThat(afterErasure.plan().personsAdded()).isEqualTo(1);
  }

  @Test
  void aHeldDoseWithOtherDataIsAnError() {
    planner.add(row(4, "held", new Ledger.Person("100", "x", "山田 花子", "ヤマダ ハナコ", BORN, "FEMALE"), dose(1, "OTHER")),
        "held");
    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(4);
      assertThat(error.column()).isEqualTo("接種回");
      assertThat(error.message()).contains("the ledger holds dose 1");
    });
  }

  @Test
  void aHeldPersonWithAnotherBirthDateIsAnError() {
    planner.add(row(2, "held", new Ledger.Person("100", "x", "山田 花子", "ヤマダ ハナコ", BORN.plusDays(1), "FEMALE"),
        dose(2, "FA2")), "held");
    assertThat(errors).extracting(ImportError::column).containsExactly("生年月日");
  }

  @Test
  void theSameDoseTwiceWithOtherDataIsAnErrorAndTwiceAlikeIsNot() {
    planner.add(row(2, "new", person("100", "佐藤 一郎"), dose(1, "FA1")), "new");
    planner.add(row(3, "new", person("100", "佐藤 一郎"), dose(1, "FA1")), "new");
    planner.add(row(4, "new", person("100", "佐藤 一郎"), dose(1, "FA9")), "new");
    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(4);
      assertThat(error.message()).contains("also on line 2 with different data");
    });
    assertThat(planner.plan().dosesUnchanged()).isEqualTo(1);
  }

  @Test
  void linesOfOnePersonMustAgreeOnThePerson() {
    planner.add(row(2, "new", person("100", "佐藤 一郎"), dose(1, "FA1")), "new");
    planner.add(row(3, "new", person("100", "佐藤 二郎"), dose(2, "FA2")), "new");
    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.column()).isEqualTo("氏名");
      assertThat(error.message()).contains("differs from line 2");
    });
  }

  private static LedgerRow row(int line, String index, Ledger.Person person, Ledger.Dose dose) {
    return new LedgerRow(line, person, dose);
  }

  private static Ledger.Person person(String addressee, String name) {
    return new Ledger.Person(addressee, "x", name, "サトウ イチロウ", BORN, "MALE");
  }

  private static Ledger.Dose dose(int number, String lot) {
    return new Ledger.Dose(number, LocalDate.of(2021, 6, number), "ファイザー", "コミナティ筋注", lot, null);
  }
}
