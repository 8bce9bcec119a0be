package jp.vaccinationoffice.simulators.vrs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.simulators.support.Resettable;
import jp.vaccinationoffice.simulators.support.SimulatorRequestException;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.Dose;
import org.springframework.stereotype.Component;

/** Inquiries between municipalities, by id. */
@Component
public class VrsInquiries implements Resettable {

  private final Map<String, VrsInquiry> inquiries = new ConcurrentHashMap<>();

  VrsInquiry open(MunicipalityCode from, MunicipalityCode to, MyNumber myNumber, DeliveryState delivery) {
    VrsInquiry inquiry = VrsInquiry.open(UUID.randomUUID().toString(), from, to, myNumber, delivery);
    inquiries.put(inquiry.id(), inquiry);
    return inquiry;
  }

  Optional<VrsInquiry> find(String id) {
    return Optional.ofNullable(inquiries.get(id));
  }

  /** Records the answer of the addressed municipality; an inquiry is answered once. */
  VrsInquiry answer(String id, MunicipalityCode answering, InquiryStatus outcome, List<Dose> records) {
    VrsInquiry updated = inquiries.computeIfPresent(id, (key, inquiry) -> {
      if (!inquiry.to().equals(answering)) {
        return inquiry;
      }
      if (inquiry.status() != InquiryStatus.PENDING) {
        throw SimulatorRequestException.conflict("inquiry " + id + " is already " + inquiry.status());
      }
      return inquiry.answered(outcome, records);
    });
    if (updated == null || !updated.to().equals(answering)) {
      throw SimulatorRequestException.notFound("no inquiry " + id + " is addressed to municipality " + answering);
    }
    return updated;
  }

  /** Notes one delivery attempt; false when the inquiry no longer exists (after a reset). */
  boolean deliveryAttempted(String id, DeliveryState state) {
    return inquiries.computeIfPresent(id, (key, inquiry) -> inquiry.deliveryAttempted(state)) != null;
  }

  @Override
  public void reset() {
    inquiries.clear();
  }
}
