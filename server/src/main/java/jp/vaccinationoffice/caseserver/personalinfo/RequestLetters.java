package jp.vaccinationoffice.caseserver.personalinfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.vaccinationoffice.caseserver.cases.ReceptionNumbers;
import jp.vaccinationoffice.caseserver.letters.Addressee;
import jp.vaccinationoffice.caseserver.letters.CorrectionDecisionLetter.CorrectionDecision;
import jp.vaccinationoffice.caseserver.letters.DisclosureDecisionLetter.Arrangements;
import jp.vaccinationoffice.caseserver.letters.DisclosureDecisionLetter.DisclosureDecision;
import jp.vaccinationoffice.caseserver.letters.DisclosureDecisionLetter.WithheldItem;
import jp.vaccinationoffice.caseserver.letters.ExtensionNoticeLetter.ExtensionNotice;
import jp.vaccinationoffice.caseserver.letters.ExtensionNoticeLetter.SpecialDeadlineNotice;
import jp.vaccinationoffice.caseserver.letters.AmendmentRequestLetter.AmendmentRequest;
import jp.vaccinationoffice.caseserver.letters.Issuer;
import jp.vaccinationoffice.caseserver.letters.LetterHead;
import jp.vaccinationoffice.caseserver.letters.NonDisclosureDecisionLetter.NonDisclosureDecision;
import jp.vaccinationoffice.caseserver.letters.NonDisclosureDecisionLetter.Reason;
import jp.vaccinationoffice.caseserver.letters.RequestKind;
import jp.vaccinationoffice.caseserver.letters.RequestReference;
import jp.vaccinationoffice.caseserver.letters.StatutoryLetters;
import jp.vaccinationoffice.caseserver.letters.SuspensionDecisionLetter.Measure;
import jp.vaccinationoffice.caseserver.letters.SuspensionDecisionLetter.MeasureDecision;
import jp.vaccinationoffice.caseserver.letters.SuspensionDecisionLetter.SuspensionDecision;
import jp.vaccinationoffice.caseserver.letters.WithholdingGround;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.Requester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Renders a request's letters as the statutory letters (with their 教示) from what the request
 * records: the letter's kind and date, the request, its deadline and its decision. Nothing rendered
 * is stored; the same letter renders the same text again.
 */
@Component
class RequestLetters {

  static final String INFORMATION = "新型コロナウイルス感染症に係る予防接種に関する記録（予防接種台帳、情報提供等の記録、ケース記録）";
  static final String PURPOSE = "新型コロナウイルス感染症に係る予防接種の実施及び接種記録の管理に関する事務";
  static final String OFFICE = "予防接種担当課";
  private static final Map<String, String> AMENDMENT_DEFECTS = Map.of(
      "NO_IDENTITY_DOCUMENT", "請求者の本人確認書類の提示又は提出がありません。",
      "REPRESENTATION_NOT_PROVEN", "法定代理人の資格を証明する書類（請求の日前30日以内に作成されたもの）がありません。",
      "POWER_OF_ATTORNEY_MISSING", "任意代理人の委任状がありません。");
  private static final Map<String, String> METHODS = Map.of("VIEW", "閲覧", "PAPER_COPY", "写しの交付",
      "ELECTRONIC_COPY", "電磁的記録の交付");
  private static final Map<String, String> KINDS = Map.of("VACCINATION_RECORDS", "接種記録（予防接種台帳）",
      "CERTIFICATES", "接種証明書", "PROVISION_RECORDS", "情報提供等の記録", "CASES", "ケース記録");
  private static final Map<String, String> DOSE_ITEMS = Map.of("VACCINATION_DATE", "接種日", "LOT_NUMBER", "ロット番号",
      "PRODUCT", "製品名", "MANUFACTURER", "ワクチンメーカー");
  private static final Map<String, String> DOSE_COLUMNS = Map.of("VACCINATION_DATE", "vaccinated_on",
      "LOT_NUMBER", "lot", "PRODUCT", "product", "MANUFACTURER", "manufacturer");
  private static final Map<String, String> GROUNDS = Map.of("UNLAWFUL_RETENTION", "利用目的の達成に必要な範囲を超えた保有（法第61条第2項）",
      "IMPROPER_USE", "違法又は不当な行為を助長し、又は誘発するおそれがある方法による利用（法第63条）",
      "UNLAWFUL_ACQUISITION", "偽りその他不正の手段による取得（法第64条）",
      "PURPOSE_OUTSIDE_USE", "利用目的以外の目的のための利用（法第69条第1項）",
      "UNLAWFUL_PROVISION", "利用目的以外の目的のための提供（法第69条第1項、第71条第1項）",
      "MY_NUMBER_ACT_VIOLATION", "番号法に違反する取扱い（番号法第19条、第20条）");

  private final StatutoryLetters letters;
  private final RequestStore store;
  private final RequestDocuments documents;
  private final StatutoryClock clock;
  private final JdbcTemplate jdbc;

  RequestLetters(StatutoryLetters letters, RequestStore store, RequestDocuments documents, StatutoryClock clock,
      JdbcTemplate jdbc) {
    this.letters = letters;
    this.store = store;
    this.documents = documents;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  byte[] render(RequestStore.Row row, RequestStore.Letter letter) {
    LetterHead head = head(row, letter.issuedOn());
    RequestReference request = reference(row);
    return switch (LetterKind.valueOf(letter.kind())) {
      case AMENDMENT_REQUEST -> letters.amendmentRequest(new AmendmentRequest(head, request, defects(row),
          letter.answerBy()));
      case EXTENSION_NOTICE -> letters.extensionNotice(new ExtensionNotice(head, request,
          clock.deadline(row.municipalityCode(), row.receivedOn(), StatutoryClock.DECISION_DAYS, row.pausedDays()),
          clock.compute(row).deadline(), row.extensionReason()));
      case SPECIAL_EXTENSION_NOTICE -> letters.specialDeadlineNotice(new SpecialDeadlineNotice(head, request,
          row.extensionReason(), row.type() == RequestType.DISCLOSURE ? clock.compute(row).deadline() : null,
          row.specialRestBy()));
      case DISCLOSURE_DECISION, PARTIAL_DISCLOSURE_DECISION -> letters.disclosureDecision(new DisclosureDecision(head,
          request, PURPOSE, new Arrangements(METHODS.getOrDefault(row.disclosureMethod(), row.disclosureMethod()),
              "この通知書が届いた日から、" + OFFICE + "の窓口（開庁日の午前8時30分から午後5時15分まで）", null),
          withheld(row)));
      case NON_DISCLOSURE_DECISION -> letters.nonDisclosureDecision("NOT_EXISTING".equals(row.decision())
          ? new NonDisclosureDecision(head, request, Reason.NOT_HELD, List.of(),
              "請求に係る保有個人情報を記録した文書及び電磁的記録を保有していないため。")
          : new NonDisclosureDecision(head, request, Reason.WITHHELD_IN_FULL, withheld(row),
              "請求に係る保有個人情報の全部が不開示情報に該当するため。"));
      case CORRECTION_DECISION -> letters.correctionDecision(correction(row, head, request));
      case SUSPENSION_DECISION -> letters.suspensionDecision(suspension(row, head, request));
    };
  }

  private LetterHead head(RequestStore.Row row, LocalDate date) {
    Requester requester = documents.requester(row);
    return new LetterHead(null, date, new Addressee(requester.familyName() + "　" + requester.givenName(), null,
        requester.address()), issuer(row));
  }

  /** The head of the municipality decides; the office answers questions. */
  Issuer issuer(RequestStore.Row row) {
    String municipality = jdbc.queryForObject("SELECT name FROM municipality WHERE code = ?", String.class,
        row.municipalityCode());
    return new Issuer(municipality, municipality + "長", null, OFFICE, null);
  }

  /** The request, naming the information as it asks for it. */
  RequestReference reference(RequestStore.Row row) {
    String information = switch (row.type()) {
      case DISCLOSURE -> "新型コロナウイルス感染症に係る予防接種に関する記録（" + String.join("、",
          documents.disclosure(row).records().stream().map(RequestLetters::kindLabel).toList()) + "）";
      case CORRECTION -> "新型コロナウイルス感染症に係る予防接種に関する記録（接種記録（予防接種台帳））";
      case SUSPENSION -> INFORMATION;
    };
    return new RequestReference(RequestKind.valueOf(row.type().name()), row.id(), row.receivedOn(), information);
  }

  static String kindLabel(String kind) {
    return KINDS.getOrDefault(kind, kind);
  }

  private List<String> defects(RequestStore.Row row) {
    List<String[]> decisions = store.decisions(row.id());
    for (int i = decisions.size() - 1; i >= 0; i--) {
      String[] decision = decisions.get(i);
      if ("requester-verification".equals(decision[0])) {
        for (Map.Entry<String, String> defect : AMENDMENT_DEFECTS.entrySet()) {
          if (decision[2].contains("\"" + defect.getKey() + "\"")) {
            return List.of(defect.getValue());
          }
        }
      }
    }
    return List.of("請求書の記載事項に不備があります。記載事項を確認のうえ、補正してください。");
  }

  /** Each item the decision withholds, named with its source, its ground in 第78条 and why the ground applies. */
  private List<WithheldItem> withheld(RequestStore.Row row) {
    List<WithheldItem> withheld = new ArrayList<>();
    for (RequestStore.Item item : store.items(row.id())) {
      if (item.withheldGround() != null) {
        WithholdingGround ground = WithholdingGround.valueOf(item.withheldGround());
        withheld.add(new WithheldItem(itemLabel(item), ground, "当該情報は" + ground.description() + "に該当するため。"));
      }
    }
    return withheld;
  }

  /** A gathered item as the letters name it: 項目2　接種記録（予防接種台帳）　第2回接種（出典：予防接種台帳）. */
  static String itemLabel(RequestStore.Item item) {
    String[] reference = item.reference().split(":", 2);
    String named = reference.length < 2 ? item.reference() : switch (reference[0]) {
      case "dose" -> "第" + reference[1] + "回接種";
      case "certificate" -> "証明書ID " + reference[1];
      case "provision-record" -> "提供の記録 " + reference[1];
      case "case" -> "受付番号 " + ReceptionNumbers.of(reference[1]);
      default -> item.reference();
    };
    return "項目" + item.seq() + "　" + kindLabel(item.recordKind()) + "　" + named + "（出典：" + item.source() + "）";
  }

  static String measureLabel(String measure) {
    return Measure.valueOf(measure).label();
  }

  private CorrectionDecision correction(RequestStore.Row row, LetterHead head, RequestReference request) {
    List<PersonalInformationRequest.CorrectionItem> asked = documents.correction(row).records();
    Map<String, DecisionDraft.Part> parts = parts(row);
    List<jp.vaccinationoffice.caseserver.letters.CorrectionDecisionLetter.CorrectionItem> items = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      PersonalInformationRequest.CorrectionItem item = asked.get(i);
      DecisionDraft.Part part = parts.get(String.valueOf(i + 1));
      boolean corrected = part != null && part.granted();
      RefusalReason reason = part == null || part.reason() == null ? RefusalReason.general(RequestType.CORRECTION)
          : part.reason();
      items.add(new jp.vaccinationoffice.caseserver.letters.CorrectionDecisionLetter.CorrectionItem(
          "請求項目" + (i + 1) + "　第" + item.reference() + "回接種の" + DOSE_ITEMS.get(item.item()),
          recorded(row, i + 1, item), item.requestedValue(), corrected, corrected ? null : reason.text()));
    }
    List<String> recipients = jdbc.queryForList("""
        SELECT DISTINCT n.recipient FROM correction_notice n JOIN pi_request_correction c
          ON c.correction_id = n.correction_id
        WHERE c.request_id = ? AND n.recipient <> 'VRS' ORDER BY n.recipient""", String.class, row.id());
    return new CorrectionDecision(head, request, items, recipients.isEmpty() ? null
        : "訂正の内容を、情報の提供先（市区町村コード " + String.join("、", recipients) + "）に通知しました。");
  }

  /** The value the ledger held before the decision: the corrected value's old one, else the value held now. */
  private String recorded(RequestStore.Row row, int itemNo, PersonalInformationRequest.CorrectionItem item) {
    List<String> old = jdbc.queryForList("""
        SELECT c.old_value_sealed FROM ledger_dose_correction c JOIN pi_request_correction r
          ON r.correction_id = c.id WHERE r.request_id = ? AND r.item_no = ?""", String.class, row.id(), itemNo);
    if (!old.isEmpty()) {
      return documents.openText(row.municipalityCode(), old.get(0));
    }
    List<String> held = jdbc.queryForList("SELECT CAST(d." + DOSE_COLUMNS.get(item.item()) + " AS VARCHAR(100))"
        + " FROM ledger_dose d JOIN ledger_person p ON p.id = d.person_id"
        + " WHERE p.municipality_code = ? AND p.my_number_index = ? AND d.dose_number = ?", String.class,
        row.municipalityCode(), row.subjectIndex(), Integer.parseInt(item.reference()));
    return held.isEmpty() ? "（記録なし）" : held.get(0);
  }

  private SuspensionDecision suspension(RequestStore.Row row, LetterHead head, RequestReference request) {
    PersonalInformationRequest.Suspension asked = documents.suspension(row);
    Map<String, DecisionDraft.Part> parts = parts(row);
    List<MeasureDecision> measures = new ArrayList<>();
    for (String requested : asked.requested()) {
      Measure measure = Measure.valueOf(requested);
      DecisionDraft.Part part = parts.get(requested);
      boolean granted = part != null && part.granted();
      RefusalReason reason = part == null || part.reason() == null ? RefusalReason.general(RequestType.SUSPENSION)
          : part.reason();
      measures.add(new MeasureDecision(measure, granted, granted
          ? "請求に係る保有個人情報の" + measure.label() + "を、" + row.decidedOn() + "から行いました。"
          : "請求に係る保有個人情報の" + measure.label(), granted ? null : reason.text()));
    }
    return new SuspensionDecision(head, request, GROUNDS.getOrDefault(asked.ground(), asked.ground()), measures);
  }

  private Map<String, DecisionDraft.Part> parts(RequestStore.Row row) {
    Map<String, DecisionDraft.Part> parts = new java.util.HashMap<>();
    store.parts(row.id()).forEach(part -> parts.put(part.part(), part));
    return parts;
  }
}
