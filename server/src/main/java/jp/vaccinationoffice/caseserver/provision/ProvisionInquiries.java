package jp.vaccinationoffice.caseserver.provision;

import java.util.Map;
import jp.vaccinationoffice.caseserver.api.ApiException;
import jp.vaccinationoffice.caseserver.cases.CaseJournal;
import jp.vaccinationoffice.caseserver.municipality.ServedMunicipalities;
import jp.vaccinationoffice.caseserver.protection.PersonalDataCipher;
import jp.vaccinationoffice.common.Municipalities;
import jp.vaccinationoffice.common.MyNumber;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives inquiries from VRS and starts one records-provision case per inquiry. A delivery VRS
 * repeats (same inquiry id) starts nothing new.
 */
@Service
public class ProvisionInquiries {

  public static final String PROCESS = "records-provision";

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final ServedMunicipalities served;
  private final RuntimeService runtimeService;
  private final CaseJournal journal;
  private final InquiryIndexing indexing;

  ProvisionInquiries(JdbcTemplate jdbc, PersonalDataCipher cipher, ServedMunicipalities served,
      RuntimeService runtimeService, CaseJournal journal, InquiryIndexing indexing) {
    this.indexing = indexing;
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.served = served;
    this.runtimeService = runtimeService;
    this.journal = journal;
  }

  /** True when the inquiry is new, false when it was received before. */
  @Transactional
  public boolean receive(InboundInquiry inquiry) {
    if (inquiry == null || inquiry.inquiryId() == null || !inquiry.inquiryId().matches("[A-Za-z0-9-]{1,64}")) {
      throw ApiException.badRequest("inquiryId is required (letters, digits and hyphens, at most 64)");
    }
    MyNumber myNumber = MyNumber.parse(inquiry.myNumber());
    String from = Municipalities.requireKnown(inquiry.fromMunicipalityCode()).value();
    String to = Municipalities.requireKnown(inquiry.toMunicipalityCode()).value();
    if (!served.isServed(to)) {
      throw ApiException.notFound("municipality " + to);
    }
    if (from.equals(to)) {
      throw ApiException.badRequest("fromMunicipalityCode and toMunicipalityCode are the same");
    }
    Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM provision_inquiry WHERE id = ?", Integer.class,
        inquiry.inquiryId());
    if (known != null && known > 0) {
      return false;
    }
    jdbc.update("""
        INSERT INTO provision_inquiry (id, municipality_code, requesting_municipality_code, my_number_sealed,
            my_number_index, status, received_at)
        VALUES (?, ?, ?, ?, ?, 'RECEIVED', ?)""",
        inquiry.inquiryId(), to, from, cipher.seal(to, myNumber.digits()), cipher.index(to, myNumber.digits()),
        journal.now());
    String processInstanceId = runtimeService.createProcessInstanceByKey(PROCESS)
        .businessKey(inquiry.inquiryId())
        .setVariables(Map.of("municipalityCode", to, "requestingMunicipalityCode", from))
        .execute().getId();
    jdbc.update("UPDATE provision_inquiry SET process_instance_id = ? WHERE id = ?", processInstanceId, inquiry.inquiryId());
    indexing.changed(inquiry.inquiryId());
    return true;
  }
}
