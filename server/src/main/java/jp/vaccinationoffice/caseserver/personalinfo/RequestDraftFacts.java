package jp.vaccinationoffice.caseserver.personalinfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.vaccinationoffice.caseserver.personalinfo.PersonalInformationRequest.CorrectionItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a clerk drafting (and a supervisor deciding) a request needs in front of them, by the numbers
 * the draft form names parts with: the gathered information item by item with its source and content,
 * a correction's items, a suspension's measures. The caller logs the read.
 */
@Service
public class RequestDraftFacts {

  private static final Map<String, String> TYPES = Map.of("DISCLOSURE", "開示請求", "CORRECTION", "訂正請求",
      "SUSPENSION", "利用停止請求");
  private static final Map<String, String> DOSE_ITEMS = Map.of("VACCINATION_DATE", "接種日", "LOT_NUMBER", "ロット番号",
      "PRODUCT", "製品名", "MANUFACTURER", "ワクチンメーカー");

  /**
   * @param heldItems rows of 番号, 区分, 記録（出典）, 内容
   * @param requestedCorrections rows of 番号, 接種回, 項目, 訂正後の値
   * @param requestedMeasures the measures asked for, in words
   */
  public record Facts(String type, LocalDate receivedOn, LocalDate deadline, String status,
      List<List<String>> heldItems, List<List<String>> requestedCorrections, List<String> requestedMeasures) {}

  private final RequestStore store;
  private final RequestDocuments documents;
  private final StatutoryClock clock;

  RequestDraftFacts(RequestStore store, RequestDocuments documents, StatutoryClock clock) {
    this.store = store;
    this.documents = documents;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<Facts> of(String municipalityCode, String requestId) {
    return store.find(municipalityCode, requestId).map(row -> {
      List<List<String>> held = new ArrayList<>();
      for (RequestStore.Item item : store.items(requestId)) {
        Map<?, ?> content = documents.open(row.municipalityCode(), item.contentSealed(), Map.class);
        List<String> fields = new ArrayList<>();
        content.forEach((key, value) -> fields.add(key + "：" + value));
        held.add(List.of("項目" + item.seq(), RequestLetters.kindLabel(item.recordKind()),
            RequestLetters.itemLabel(item).replaceFirst("^項目[0-9]+　[^　]+　", ""), String.join("、", fields)));
      }
      List<List<String>> corrections = new ArrayList<>();
      List<String> measures = List.of();
      if (row.type() == RequestType.CORRECTION) {
        List<CorrectionItem> items = documents.correction(row).records();
        for (int i = 0; i < items.size(); i++) {
          CorrectionItem item = items.get(i);
          corrections.add(List.of("請求項目" + (i + 1), "第" + item.reference() + "回",
              DOSE_ITEMS.getOrDefault(item.item(), item.item()), item.requestedValue()));
        }
      } else if (row.type() == RequestType.SUSPENSION) {
        measures = documents.suspension(row).requested().stream().map(RequestLetters::measureLabel).toList();
      }
      return new Facts(TYPES.get(row.type().name()), row.receivedOn(), clock.compute(row).deadline(), row.status(),
          held, corrections, measures);
    });
  }
}
