package jp.vaccinationoffice.caseserver.personalinfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.csv.CsvWriter;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfDocument;
import jp.vaccinationoffice.caseserver.documents.pdf.PdfDocument.Align;
import jp.vaccinationoffice.caseserver.documents.pdf.JapaneseFont;
import jp.vaccinationoffice.caseserver.letters.WithholdingGround;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information a disclosure decided to disclose, as the office hands it over: a PDF for viewing
 * or a paper copy, and a CSV for an electronic copy (cells neutralised against formulas). Withheld
 * items are listed with their legal ground, never with their content.
 */
@Service
public class DisclosedInformation {

  static final Set<String> DISCLOSED = Set.of("DISCLOSED", "PARTLY_DISCLOSED");
  private static final List<String> HEADER = List.of("番号", "記録の種類", "出所", "参照", "内容", "不開示の根拠");
  /** One line per item and field: the electronic copy is read by machines as well as people. */
  private static final List<String> CSV_HEADER = List.of("番号", "記録の種類", "出所", "参照", "項目", "値", "不開示の根拠");
  private static final Map<String, String> KINDS = Map.of("VACCINATION_RECORDS", "接種記録", "CERTIFICATES",
      "接種証明書", "PROVISION_RECORDS", "情報提供等の記録", "CASES", "ケース記録");

  private final PersonalInformationRequests requests;
  private final RequestStore store;
  private final RequestDocuments documents;
  private final JapaneseFont font;
  private final AccessLog accessLog;

  DisclosedInformation(PersonalInformationRequests requests, RequestStore store, RequestDocuments documents,
      JapaneseFont font, AccessLog accessLog) {
    this.requests = requests;
    this.store = store;
    this.documents = documents;
    this.font = font;
    this.accessLog = accessLog;
  }

  @Transactional
  public byte[] pdf(String requestId, StaffPrincipal staff, String clientAddress) {
    RequestStore.Row row = disclosed(requestId, staff, clientAddress);
    PdfDocument pdf = PdfDocument.a4(font).title("開示する保有個人情報")
        .footer("請求番号 " + row.id())
        .heading("開示する保有個人情報", Align.CENTER)
        .labelValue("請求番号", row.id())
        .labelValue("請求のあった日", row.receivedOn().toString())
        .labelValue("決定の日", row.decidedOn().toString())
        .labelValue("決定", "PARTLY_DISCLOSED".equals(row.status()) ? "部分開示" : "全部開示")
        .space(4)
        .table(HEADER, rows(row), 0.8, 1.4, 2.2, 1.6, 4, 1.6);
    return pdf.toBytes();
  }

  @Transactional
  public String csv(String requestId, StaffPrincipal staff, String clientAddress) {
    RequestStore.Row row = disclosed(requestId, staff, clientAddress);
    if (!"ELECTRONIC_COPY".equals(row.disclosureMethod())) {
      throw ApiException.conflict("an electronic copy was not asked for: the request's method is "
          + row.disclosureMethod());
    }
    StringBuilder out = new StringBuilder();
    CsvWriter csv = new CsvWriter(out);
    csv.row(CSV_HEADER);
    for (RequestStore.Item item : store.items(row.id())) {
      List<String> lead = List.of(String.valueOf(item.seq()), KINDS.getOrDefault(item.recordKind(), item.recordKind()),
          item.source(), item.reference());
      if (item.withheldGround() != null) {
        csv.row(concat(lead, "", "", ground(item.withheldGround())));
        continue;
      }
      Map<?, ?> content = documents.open(row.municipalityCode(), item.contentSealed(), Map.class);
      for (Map.Entry<?, ?> field : content.entrySet()) {
        csv.row(concat(lead, String.valueOf(field.getKey()), String.valueOf(field.getValue()), ""));
      }
    }
    return out.toString();
  }

  private RequestStore.Row disclosed(String requestId, StaffPrincipal staff, String clientAddress) {
    RequestStore.Row row = requests.find(requestId, staff);
    if (row.type() != RequestType.DISCLOSURE || !DISCLOSED.contains(row.status())) {
      throw ApiException.conflict("nothing was disclosed for this request (status " + row.status() + ")");
    }
    accessLog.record(new AccessEntry(staff.userId(), staff.municipalityCode(), AccessAction.EXPORT,
        "PERSONAL_INFORMATION_REQUEST", requestId, "request:" + requestId, clientAddress));
    return row;
  }

  private List<List<String>> rows(RequestStore.Row row) {
    List<List<String>> rows = new ArrayList<>();
    for (RequestStore.Item item : store.items(row.id())) {
      boolean withheld = item.withheldGround() != null;
      rows.add(List.of(String.valueOf(item.seq()), KINDS.getOrDefault(item.recordKind(), item.recordKind()),
          item.source(), item.reference(), withheld ? "（不開示）" : content(row, item),
          withheld ? ground(item.withheldGround()) : ""));
    }
    return rows;
  }

  private static String ground(String code) {
    return "個人情報の保護に関する法律" + WithholdingGround.valueOf(code).article();
  }

  private static List<String> concat(List<String> lead, String... rest) {
    List<String> cells = new ArrayList<>(lead);
    cells.addAll(List.of(rest));
    return cells;
  }

  private String content(RequestStore.Row row, RequestStore.Item item) {
    Map<?, ?> content = documents.open(row.municipalityCode(), item.contentSealed(), Map.class);
    return content.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(" / "));
  }
}
