package jp.vaccinationoffice.caseserver.ledger.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import jp.vaccinationoffice.caseserver.ledger.Ledger;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.caseserver.support.CaseServerTest;
import jp.vaccinationoffice.caseserver.support.RawDatabaseScan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Ledger imports over real HTTP into the running server: each kind of file a clerk may send. */
@CaseServerTest
@TestPropertySource(properties = {"ledger.import.max-file-size=2MB", "ledger.import.lines-per-batch=200"})
class LedgerImportApiTest {

  private static final String HOFU = "352063";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired Ledger ledger;
  @Autowired PersonalDataCipher cipher;

  LedgerImportClient client;

  @BeforeEach
  void client() {
    client = new LedgerImportClient(port);
  }

  @Test
  void aUtf8FileIsImportedWithItsMyNumbersSealedAndTheImportLogged() throws Exception {
    JsonNode done = client.importFile(new LedgerExportFile().persons(1, 40, 3).utf8());

    assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(done.get("encoding").asText()).isEqualTo("UTF-8");
    assertThat(done.get("rowsTotal").asInt()).isEqualTo(120);
    assertThat(done.get("rowsImported").asInt()).isEqualTo(120);
    assertThat(done.get("personsAdded").asInt()).isEqualTo(40);
    assertThat(done.get("dosesAdded").asInt()).isEqualTo(120);
    assertThat(done.get("errorCount").asInt()).isZero();

    String index = cipher.index(HOFU, LedgerExportFile.myNumber(7));
    String personId = ledger.findPerson(HOFU, index).orElseThrow();
    String sealed = jdbc.queryForObject("SELECT my_number_sealed FROM ledger_person WHERE id = ?", String.class, personId);
    assertThat(sealed).startsWith("v1.");
    assertThat(cipher.open(HOFU, sealed)).isEqualTo(LedgerExportFile.myNumber(7));
    assertThat(jdbc.queryForList("SELECT dose_number FROM ledger_dose WHERE person_id = ? ORDER BY dose_number",
        Integer.class, personId)).containsExactly(1, 2, 3);
    assertThat(RawDatabaseScan.findMyNumbers(dataSource)).isEmpty();

    String importId = done.get("importId").asText();
    assertThat(jdbc.queryForList("SELECT action || ' ' || subject_type || ' ' || user_id FROM access_log WHERE subject_id = ?"
        + " ORDER BY id", String.class, importId)).containsExactly("CREATE LEDGER_IMPORT clerk", "UPDATE LEDGER clerk");
  }

  @Test
  void theSameFileTwiceChangesNothing() throws Exception {
    byte[] file = new LedgerExportFile().persons(101, 30, 2).utf8();
    JsonNode first = client.importFile(file);
    assertThat(first.get("status").asText()).isEqualTo("COMPLETED");
    List<String> ledgerBefore = ledgerContents();

    JsonNode second = client.importFile(file);

    assertThat(second.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(second.get("personsAdded").asInt()).isZero();
    assertThat(second.get("personsUpdated").asInt()).isZero();
    assertThat(second.get("dosesAdded").asInt()).isZero();
    assertThat(second.get("dosesUnchanged").asInt()).isEqualTo(60);
    assertThat(ledgerContents()).isEqualTo(ledgerBefore);
  }

  @Test
  void shiftJisWithWindows31jCharactersIsReadCorrectly() throws Exception {
    LedgerExportFile file = new LedgerExportFile()
        .add(LedgerExportFile.line(201, 1).replace("山田 太郎1", "髙橋 﨑子").replace(",男,", ",女,"))
        .add(LedgerExportFile.line(202, 1).replace("山田 太郎2", "德永 唖然"));

    JsonNode done = client.importFile(file.windows31j());

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.get("encoding").asText()).isEqualTo("Windows-31J");
    assertThat(nameOf(201)).isEqualTo("髙橋 﨑子");
    assertThat(nameOf(202)).isEqualTo("德永 唖然");
  }

  @Test
  void utf8WithAByteOrderMarkIsReadWithoutIt() throws Exception {
    JsonNode done = client.importFile(new LedgerExportFile().persons(301, 2, 1).utf8WithByteOrderMark());
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.get("encoding").asText()).isEqualTo("UTF-8 (BOM)");
    assertThat(nameOf(301)).isEqualTo("山田 太郎1");
  }

  @Test
  void oneBadLineRejectsTheWholeFileWithEveryErrorListed() throws Exception {
    int personsBefore = count("ledger_person");
    int dosesBefore = count("ledger_dose");
    LedgerExportFile file = new LedgerExportFile()
        .add(LedgerExportFile.line(401, 1))
        .add(LedgerExportFile.line(402, 1).replace(LedgerExportFile.myNumber(402), LedgerExportFile.wrongCheckDigit(402)))
        .add(LedgerExportFile.line(403, 1))
        .add(LedgerExportFile.line(404, 1).replace("2021-06-10", "2021-06-31"))
        .add(LedgerExportFile.line(405, 1).replace(",1,2021", ",9,2021"))
        .add(LedgerExportFile.line(406, 2))
        .add(LedgerExportFile.line(406, 2).replace("FA1002", "FA9999"));

    JsonNode done = client.importFile(file.utf8());

    assertThat(done.get("status").asText()).isEqualTo("REJECTED");
    assertThat(done.get("rowsTotal").asInt()).isEqualTo(7);
    assertThat(done.get("rowsImported").asInt()).isZero();
    assertThat(done.get("errorCount").asInt()).isEqualTo(4);
    List<String> errors = new ArrayList<>();
    done.get("errors").forEach(e -> errors.add(e.get("line").asInt() + " " + e.get("column").asText() + " "
        + e.get("message").asText()));
    assertThat(errors).containsExactly(
        "3 個人番号 the check digit is wrong",
        "5 接種日 is not a calendar date",
        "6 接種回 must be a dose number from 1 to 7",
        "8 接種回 dose 2 of this person is also on line 7 with different data");
    assertThat(done.toString()).doesNotContain(LedgerExportFile.wrongCheckDigit(402));
    assertThat(count("ledger_person")).isEqualTo(personsBefore);
    assertThat(count("ledger_dose")).isEqualTo(dosesBefore);
  }

  @Test
  void formulaCellsAndInvisibleCharactersRejectTheFileByLineAndColumn() throws Exception {
    int personsBefore = count("ledger_person");
    LedgerExportFile file = new LedgerExportFile()
        .add(LedgerExportFile.line(601, 1))
        .add(LedgerExportFile.line(602, 1).replace("山田 太郎2", "=1+2"))
        .add(LedgerExportFile.line(603, 1).replace("FA1001", "@SUM(A1)"))
        .add(LedgerExportFile.line(604, 1).replace("ファイザー", "+ファイザー"))
        .add(LedgerExportFile.line(605, 1).replace("コミナティ筋注", "-コミナティ筋注"))
        .add(LedgerExportFile.line(606, 1).replace("コミナティ筋注", "\tコミナティ筋注"))
        .add(LedgerExportFile.line(607, 1).replace("山田 太郎7", "山田\u202E太郎"))
        .add(LedgerExportFile.line(608, 1).replace("ヤマダ タロウ", "ヤマダ\u200Bタロウ"))
        .add(LedgerExportFile.line(609, 1).replace("FA1001", "FA\u00851001"));

    JsonNode done = client.importFile(file.utf8());

    assertThat(done.get("status").asText()).isEqualTo("REJECTED");
    List<String> errors = new ArrayList<>();
    done.get("errors").forEach(e -> errors.add(e.get("line").asInt() + " " + e.get("column").asText() + " "
        + e.get("message").asText()));
    String formula = "starts with a character a spreadsheet reads as a formula";
    assertThat(errors).contains(
        "3 氏名 " + formula + " (=, +, -, @, tab or carriage return)",
        "4 ロット番号 " + formula + " (=, +, -, @, tab or carriage return)",
        "5 ワクチンメーカー " + formula + " (=, +, -, @, tab or carriage return)",
        "6 製品名 " + formula + " (=, +, -, @, tab or carriage return)",
        "7 製品名 " + formula + " (=, +, -, @, tab or carriage return)",
        "8 氏名 contains a bidirectional-text control (U+202E)",
        "9 氏名カナ contains an invisible formatting character (U+200B)",
        "10 ロット番号 contains a control character (U+0085)");
    assertThat(errors).noneMatch(error -> error.startsWith("2 "));
    assertThat(count("ledger_person")).isEqualTo(personsBefore);
  }

  @Test
  void theNameAFileWasSentWithIsNeverStoredOrShown() throws Exception {
    String sentAs = "<img src=x onerror=alert(1)> " + LedgerExportFile.myNumber(701) + " 山田.csv";
    HttpResponse<String> accepted = client.upload("clerk", sentAs, new LedgerExportFile().persons(702, 1, 1).utf8());
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String importId = LedgerImportClient.JSON.readTree(accepted.body()).get("importId").asText();
    JsonNode done = client.awaitEnd(importId, new ArrayList<>());

    String serverName = "ledger-import-" + importId + ".csv";
    assertThat(done.get("fileName").asText()).isEqualTo(serverName);
    assertThat(jdbc.queryForObject("SELECT file_name FROM ledger_import WHERE id = ?", String.class, importId))
        .isEqualTo(serverName);
    String list = client.get("/api/ledger/imports", "clerk").body();
    for (String shown : List.of(accepted.body(), done.toString(), list,
        jdbc.queryForList("SELECT * FROM access_log WHERE subject_id = ?", importId).toString())) {
      assertThat(shown).doesNotContain("onerror").doesNotContain(LedgerExportFile.myNumber(701)).doesNotContain("山田.csv");
    }
    assertThat(RawDatabaseScan.findMyNumbers(dataSource)).isEmpty();
  }

  @Test
  void aFileWithAnotherHeaderIsRejected() throws Exception {
    String text = new LedgerExportFile().persons(501, 1, 1).text().replace("ロット番号", "ロット");
    JsonNode done = client.importFile(text.getBytes(StandardCharsets.UTF_8));
    assertThat(done.get("status").asText()).isEqualTo("REJECTED");
    assertThat(done.get("errors").get(0).get("line").asInt()).isEqualTo(1);
    assertThat(done.get("errors").get(0).get("column").asText()).isEqualTo("ロット番号");
    assertThat(done.get("errors").get(0).get("message").asText()).contains("must be ロット番号");
  }

  @Test
  void filesThatAreNotCsvAreRefusedByContentAndNothingIsStored() throws Exception {
    int importsBefore = count("ledger_import");
    byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    byte[] exe = new byte[1024];
    exe[0] = 'M';
    exe[1] = 'Z';
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      zip.putNextEntry(new ZipEntry("ledger.csv"));
      zip.write(new LedgerExportFile().persons(601, 1, 1).utf8());
    }

    assertRefused(client.upload("clerk", "ledger.csv", pdf), 415, "application/pdf");
    assertRefused(client.upload("clerk", "ledger.csv", exe), 415, "application/x-msdownload");
    assertRefused(client.upload("clerk", "ledger.csv", zipped.toByteArray()), 415, "application/zip");
    assertRefused(client.upload("clerk", "ledger.csv", new byte[0]), 400, "empty");
    assertThat(count("ledger_import")).isEqualTo(importsBefore);
  }

  @Test
  void aFileAboveTheLimitIsRefusedWith413() {
    int importsBefore = count("ledger_import");
    byte[] large = new byte[3 * 1024 * 1024];
    java.util.Arrays.fill(large, (byte) 'a');
    assertRefused(client.upload("clerk", "ledger.csv", large), 413, "larger than 2 MB");
    assertThat(count("ledger_import")).isEqualTo(importsBefore);
  }

  @Test
  void requestsWithoutAFileAreBadRequests() {
    assertRefused(client.postJson("/api/ledger/imports", "clerk"), 415, "multipart/form-data");
  }

  @Test
  void onlyClerksImportAndOnlyTheirMunicipalitySeesTheImport() throws Exception {
    byte[] file = new LedgerExportFile().persons(701, 1, 1).utf8();
    assertRefused(client.upload("supervisor", "ledger.csv", file), 403, "role");
    assertRefused(client.upload("auditor", "ledger.csv", file), 403, "role");

    String importId = client.importFile(file).get("importId").asText();

    assertThat(client.status("auditor", importId).get("status").asText()).isEqualTo("COMPLETED");
    assertThat(client.status("supervisor", importId).get("startedBy").asText()).isEqualTo("clerk");
    assertThat(client.get("/api/ledger/imports/" + importId, "clerk2").statusCode()).isEqualTo(404);
    assertThat(client.get("/api/ledger/imports", "clerk2").body()).doesNotContain(importId);
    assertThat(client.get("/api/ledger/imports", "clerk").body()).contains(importId);
  }

  @Test
  void aSecondImportWaitsForTheRunningOneAndAnAbandonedOneIsClosed() throws Exception {
    jdbc.update("""
        INSERT INTO ledger_import (id, municipality_code, file_sha256, file_bytes, encoding, status, rows_imported,
            error_count, started_by, started_at, progress_at)
        VALUES ('running-import', '352063', 'x', 1, 'UTF-8', 'RUNNING', 0, 0, 'clerk', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""");
    byte[] file = new LedgerExportFile().persons(801, 1, 1).utf8();

    assertRefused(client.upload("clerk", "ledger.csv", file), 409, "still running");

    jdbc.update("UPDATE ledger_import SET progress_at = ? WHERE id = 'running-import'",
        java.sql.Timestamp.from(java.time.Instant.now().minus(LedgerImportStore.ABANDONED_AFTER).minusSeconds(1)));
    assertThat(client.importFile(file).get("status").asText()).isEqualTo("COMPLETED");
    JsonNode abandoned = client.status("clerk", "running-import");
    assertThat(abandoned.get("status").asText()).isEqualTo("FAILED");
    assertThat(abandoned.get("failure").asText()).contains("nothing was imported");
  }

  @Test
  void progressIsShownWhileALargeFileIsWritten() throws Exception {
    HttpResponse<String> accepted = client.upload("clerk", "ledger.csv",
        new LedgerExportFile().persons(10_001, 6_000, 2).utf8());
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    List<JsonNode> seen = new ArrayList<>();

    JsonNode done = client.awaitEnd(LedgerImportClient.JSON.readTree(accepted.body()).get("importId").asText(), seen);

    assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(seen).anySatisfy(state -> {
      assertThat(state.get("status").asText()).isEqualTo("RUNNING");
      assertThat(state.get("phase").asText()).isEqualTo("WRITING");
      assertThat(state.get("rowsTotal").asInt()).isEqualTo(12_000);
      assertThat(state.get("rowsImported").asInt()).isBetween(1, 11_999);
    });
  }

  private void assertRefused(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains(detail);
  }

  private String nameOf(int person) {
    String id = ledger.findPerson(HOFU, cipher.index(HOFU, LedgerExportFile.myNumber(person))).orElseThrow();
    return jdbc.queryForObject("SELECT name FROM ledger_person WHERE id = ?", String.class, id);
  }

  private List<String> ledgerContents() {
    return jdbc.queryForList("""
        SELECT p.id || p.my_number_sealed || p.name || p.name_kana || p.birth_date || COALESCE(CAST(p.updated_at AS VARCHAR(40)), '-')
            || d.dose_number || d.vaccinated_on || d.lot || d.source
        FROM ledger_person p JOIN ledger_dose d ON d.person_id = p.id ORDER BY p.id, d.dose_number""", String.class);
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }
}
