package jp.vaccinationoffice.workers.gateway.vrs;

import java.util.List;
import java.util.Objects;
import jp.vaccinationoffice.common.MunicipalityCode;

/**
 * A correction of one item of one dose held in the correcting municipality's VRS partition, and the
 * municipalities that received the record earlier and are to be told through VRS.
 */
public record DoseCorrection(int doseNumber, CorrectedItem item, String value, List<MunicipalityCode> recipients) {

  public DoseCorrection {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(value, "value");
    recipients = List.copyOf(recipients);
  }
}
