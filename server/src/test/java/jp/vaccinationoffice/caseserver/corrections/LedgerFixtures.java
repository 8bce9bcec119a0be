package jp.vaccinationoffice.caseserver.corrections;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.vaccinationoffice.caseserver.certificates.CertificateRevocationsOnStore;
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

  /** The ledger's corrections over the store, with the certificates' revocations. */
  public static LedgerCorrections corrections(CaseStore store) {
    return new LedgerCorrections(store.jdbc, store.cipher, store.accessLog, store.clock,
        CertificateRevocationsOnStore.of(store), store.ledger);
  }

  /** An issued certificate of the municipality that certifies the given ledger doses; returns its id. */
  public static String certificateOf(CaseStore store, String municipality, long... doseIds) {
    String caseId = UUID.randomUUID().toString();
    String certificateId = municipality + "-2026-" + String.format("%06d", Math.floorMod(caseId.hashCode(), 1_000_000));
    Timestamp now = Timestamp.from(Instant.now());
    store.jdbc.update("""
        INSERT INTO case_file (id, case_type, municipality_code, status, family_name, given_name, family_name_kana,
            given_name_kana, birth_date, sex, address, my_number_sealed, my_number_index, created_by, created_at, updated_at)
        VALUES (?, 'CERTIFICATE_REQUEST', ?, 'ISSUED', '山田', '花子', 'ヤマダ', 'ハナコ', ?, 'FEMALE', '山口県防府市寿町7-1',
            'sealed', 'index', 'clerk', ?, ?)""", caseId, municipality, java.sql.Date.valueOf("1980-04-01"), now, now);
    store.jdbc.update("""
        INSERT INTO certificate (id, municipality_code, case_id, certificate_use, status, holder_name, birth_date, issued_at,
            issued_on, issuer_kid, rid, smart_health_card)
        VALUES (?, ?, ?, 'DOMESTIC', 'ISSUED', '山田 花子', ?, ?, ?, 'kid-1', ?, 'shc')""",
        certificateId, municipality, caseId, java.sql.Date.valueOf("1980-04-01"), now,
        java.sql.Date.valueOf("2026-12-01"), "rid-" + certificateId);
    int doseNumber = 1;
    for (long doseId : doseIds) {
      store.jdbc.update("""
          INSERT INTO certificate_dose (certificate_id, dose_number, vaccinated_on, manufacturer, product, lot, cvx_code,
              vaccine_name_en, manufacturer_en, ledger_dose_id)
          VALUES (?, ?, ?, 'ファイザー', 'コミナティ筋注', 'FA1234', '208', 'Comirnaty', 'Pfizer', ?)""",
          certificateId, doseNumber++, java.sql.Date.valueOf("2021-06-01"), doseId);
    }
    return certificateId;
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
