package jp.vaccinationoffice.caseserver.corrections;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.support.CaseStore;
import jp.vaccinationoffice.common.MyNumber;

/** A person with two doses in a municipality's ledger, and records of their provision elsewhere. */
public final class LedgerFixtures {

  public static final String HOFU = "352063";
  public static final String UBE = "352021";
  public static final String CHIYODA = "131016";

  private LedgerFixtures() {}

  /** A fresh valid My Number, so that tests on one database do not share persons. */
  public static String newMyNumber() {
    String eleven = String.format("%011d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000_000L));
    return eleven + MyNumber.checkDigit(eleven);
  }

  /** Adds the person with doses 1 (lot FA1234) and 2 (lot FA5678); returns the ledger person id. */
  public static String personWithTwoDoses(CaseStore store, String municipality, String myNumber) {
    return store.ledger.addDoses(municipality, new Ledger.Person("0012345678", myNumber, "山田 花子", "ヤマダ ハナコ",
            LocalDate.of(1980, 4, 1), "FEMALE"),
        List.of(new Ledger.Dose(1, LocalDate.of(2021, 6, 1), "ファイザー", "コミナティ筋注", "FA1234", "3520600001"),
            new Ledger.Dose(2, LocalDate.of(2021, 6, 22), "ファイザー", "コミナティ筋注", "FA5678", "3520600001")),
        "TEST");
  }

  public static long doseId(CaseStore store, String personId, int doseNumber) {
    return store.jdbc.queryForObject("SELECT id FROM ledger_dose WHERE person_id = ? AND dose_number = ?", Long.class,
        personId, doseNumber);
  }

  /** A provision record: {@code requesting} asked about the person and got {@code outcome}. */
  public static void provided(CaseStore store, String municipality, String requesting, String personId, String outcome) {
    String inquiryId = UUID.randomUUID().toString();
    Timestamp now = Timestamp.from(Instant.now());
    store.jdbc.update("""
        INSERT INTO provision_inquiry (id, municipality_code, requesting_municipality_code, my_number_sealed, my_number_index,
            status, ledger_person_id, received_at) VALUES (?, ?, ?, 'sealed', 'index', 'ANSWERED', ?, ?)""",
        inquiryId, municipality, requesting, personId, now);
    store.jdbc.update("""
        INSERT INTO provision_record (id, inquiry_id, municipality_code, requesting_municipality_code, ledger_person_id,
            outcome, items_provided, legal_basis, decision_key, decision_version, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, '', '番号法第19条第16号', 'provision-permitted', 1, ?)""",
        UUID.randomUUID().toString(), inquiryId, municipality, requesting, personId, outcome, now);
  }
}
