package jp.vaccinationoffice.caseserver.corrections;

import java.util.List;

/**
 * The notices of one correction: the id VRS gave the correction (null when the correction changed
 * nothing and no notice was due), the municipalities told through VRS, and whether this answer
 * repeats an earlier application of the same effect key.
 */
public record CorrectionNoticeReceipt(String vrsCorrectionId, List<String> notifiedMunicipalities, boolean replayed) {

  public CorrectionNoticeReceipt {
    notifiedMunicipalities = List.copyOf(notifiedMunicipalities);
  }

  public boolean sent() {
    return vrsCorrectionId != null;
  }
}
