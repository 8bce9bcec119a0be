package jp.vaccinationoffice.simulators.vrs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.simulators.support.Require;
import jp.vaccinationoffice.simulators.support.Resettable;
import jp.vaccinationoffice.simulators.support.SimulatorRequestException;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.CorrectedItem;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.CorrectionAnswer;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.CorrectionNoticeView;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.CorrectionRequest;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.Dose;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.NoticeReceipt;
import org.springframework.stereotype.Component;

/**
 * Corrections of a dose in the correcting municipality's partition, and the notices VRS passes on
 * to the municipalities that received the record earlier (番号法 and 個人情報保護法第97条: the
 * recipients of corrected information are told).
 */
@Component
public class VrsCorrections implements Resettable {

  private static final int MAX_TEXT = 100;

  private final VrsPartitions partitions;
  private final Map<MunicipalityCode, List<CorrectionNoticeView>> inboxes = new ConcurrentHashMap<>();

  public VrsCorrections(VrsPartitions partitions) {
    this.partitions = partitions;
  }

  /** Checks the request's form (400) before faults, replay or partition are looked at; the recipients. */
  static Set<MunicipalityCode> recipients(MunicipalityCode correcting, CorrectionRequest request) {
    Require.present(request.doseNumber(), "doseNumber");
    Require.present(request.item(), "item");
    Require.text(request.value(), "value");
    Set<MunicipalityCode> recipients = new LinkedHashSet<>();
    List<String> codes = request.notifyMunicipalityCodes() == null ? List.of() : request.notifyMunicipalityCodes();
    for (int i = 0; i < codes.size(); i++) {
      MunicipalityCode recipient = Require.municipality(Require.text(codes.get(i), "notifyMunicipalityCodes[" + i + "]"));
      Require.that(!recipient.equals(correcting), "notifyMunicipalityCodes[" + i + "] must name another municipality");
      recipients.add(recipient);
    }
    checkValue(request.item(), request.value().strip());
    return recipients;
  }

  CorrectionAnswer correct(MunicipalityCode correcting, MyNumber myNumber, CorrectionRequest request, Set<MunicipalityCode> recipients) {
    String value = request.value().strip();
    partitions.correct(correcting, myNumber, request.doseNumber(), held -> corrected(held, request.item(), value));
    String correctionId = UUID.randomUUID().toString();
    Instant now = Instant.now();
    List<NoticeReceipt> notices = new ArrayList<>();
    for (MunicipalityCode recipient : recipients) {
      String noticeId = UUID.randomUUID().toString();
      inboxes.computeIfAbsent(recipient, code -> new CopyOnWriteArrayList<>()).add(new CorrectionNoticeView(noticeId,
          correctionId, correcting.value(), myNumber.lastFour(), request.doseNumber(), request.item(), value, now));
      notices.add(new NoticeReceipt(noticeId, recipient.value()));
    }
    return new CorrectionAnswer(correctionId, correcting.value(), request.doseNumber(), request.item(), notices, now);
  }

  List<CorrectionNoticeView> noticesTo(MunicipalityCode recipient) {
    return inboxes.getOrDefault(recipient, List.of()).stream()
        .sorted(Comparator.comparing(CorrectionNoticeView::sentAt)).toList();
  }

  private static void checkValue(CorrectedItem item, String value) {
    Require.that(value.length() <= MAX_TEXT, "value must be at most " + MAX_TEXT + " characters");
    switch (item) {
      case DOSE_NUMBER -> doseNumber(value);
      case DATE -> date(value);
      default -> { }
    }
  }

  private static Dose corrected(Dose held, CorrectedItem item, String value) {
    return switch (item) {
      case DOSE_NUMBER -> new Dose(doseNumber(value), held.date(), held.manufacturer(), held.product(), held.lot());
      case DATE -> new Dose(held.doseNumber(), date(value), held.manufacturer(), held.product(), held.lot());
      case MANUFACTURER -> new Dose(held.doseNumber(), held.date(), value, held.product(), held.lot());
      case PRODUCT -> new Dose(held.doseNumber(), held.date(), held.manufacturer(), value, held.lot());
      case LOT -> new Dose(held.doseNumber(), held.date(), held.manufacturer(), held.product(), value);
    };
  }

  private static int doseNumber(String value) {
    Require.that(value.matches("\\d{1,2}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 20,
        "value of a DOSE_NUMBER correction must be a number between 1 and 20");
    return Integer.parseInt(value);
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw SimulatorRequestException.invalid(
          "value of a DATE correction must be a date (YYYY-MM-DD)");
    }
  }

  @Override
  public void reset() {
    inboxes.clear();
  }
}
