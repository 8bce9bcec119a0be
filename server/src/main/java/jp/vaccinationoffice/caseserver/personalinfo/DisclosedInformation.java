package jp.vaccinationoffice.caseserver.personalinfo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.vaccinationoffice.caseserver.accesslog.AccessAction;
import jp.vaccinationoffice.caseserver.accesslog.AccessEntry;
import jp.vaccinationoffice.caseserver.accesslog.AccessLog;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.letters.DisclosedInformationDocument.DisclosedItem;
import jp.vaccinationoffice.caseserver.letters.StatutoryLetters;
import jp.vaccinationoffice.caseserver.letters.WithholdingGround;
import jp.vaccinationoffice.caseserver.security.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information a disclosure decided to disclose, as the office hands it over (別紙): a PDF for
 * viewing or a paper copy, and a CSV for an electronic copy (cells neutralised against formulas).
 * Withheld items are named with their legal ground, never with their content.
 */
@Service
public class DisclosedInformation {

  static final Set<String> DISCLOSED = Set.of("DISCLOSED", "PARTLY_DISCLOSED");

  private final PersonalInformationRequests requests;
  private final RequestStore store;
  private final RequestDocuments documents;
  private final RequestLetters requestLetters;
  private final StatutoryLetters letters;
  private final AccessLog accessLog;

  DisclosedInformation(PersonalInformationRequests requests, RequestStore store, RequestDocuments documents,
      RequestLetters requestLetters, StatutoryLetters letters, AccessLog accessLog) {
    this.requests = requests;
    this.store = store;
    this.documents = documents;
    this.requestLetters = requestLetters;
    this.letters = letters;
    this.accessLog = accessLog;
  }

  @Transactional
  public byte[] pdf(String requestId, StaffPrincipal staff, String clientAddress) {
    return letters.disclosedInformationPdf(information(disclosed(requestId, staff, clientAddress)));
  }

  @Transactional
  public String csv(String requestId, StaffPrincipal staff, String clientAddress) {
    RequestStore.Row row = disclosed(requestId, staff, clientAddress);
    if (!"ELECTRONIC_COPY".equals(row.disclosureMethod())) {
      throw ApiException.conflict("an electronic copy was not asked for: the request's method is "
          + row.disclosureMethod());
    }
    return letters.disclosedInformationCsv(information(row));
  }

  /** The 別紙 of a request known to be disclosed, for the person who asked. */
  byte[] pdf(RequestStore.Row row) {
    return letters.disclosedInformationPdf(information(row));
  }

  /** The electronic copy of a request known to be disclosed and to ask for one. */
  String csv(RequestStore.Row row) {
    return letters.disclosedInformationCsv(information(row));
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

  private jp.vaccinationoffice.caseserver.letters.DisclosedInformationDocument.DisclosedInformation information(
      RequestStore.Row row) {
    List<DisclosedItem> items = new ArrayList<>();
    Set<String> withheld = new LinkedHashSet<>();
    for (RequestStore.Item item : store.items(row.id())) {
      if (item.withheldGround() != null) {
        withheld.add(RequestLetters.itemLabel(item) + "（個人情報の保護に関する法律"
            + WithholdingGround.valueOf(item.withheldGround()).article() + "）");
        continue;
      }
      Map<?, ?> content = documents.open(row.municipalityCode(), item.contentSealed(), Map.class);
      for (Map.Entry<?, ?> field : content.entrySet()) {
        items.add(new DisclosedItem(RequestLetters.kindLabel(item.recordKind()), String.valueOf(field.getKey()),
            String.valueOf(field.getValue()), item.source() + "（" + item.reference() + "）"));
      }
    }
    return new jp.vaccinationoffice.caseserver.letters.DisclosedInformationDocument.DisclosedInformation(
        requestLetters.issuer(row), requestLetters.reference(row), row.decidedOn(), items,
        withheld.isEmpty() ? null : String.join("、", withheld));
  }
}
