package jp.vaccinationoffice.simulators.vrs;

import java.time.Instant;
import java.util.List;
import jp.vaccinationoffice.common.MunicipalityCode;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.Dose;
import jp.vaccinationoffice.simulators.vrs.VrsMessages.InquiryView;

/** One municipality asking another for a person's records, as the VRS tracks it. */
record VrsInquiry(
    String id,
    MunicipalityCode from,
    MunicipalityCode to,
    MyNumber myNumber,
    InquiryStatus status,
    List<Dose> records,
    Instant createdAt,
    Instant answeredAt,
    DeliveryState delivery,
    int deliveryAttempts) {

  static VrsInquiry open(String id, MunicipalityCode from, MunicipalityCode to, MyNumber myNumber, DeliveryState delivery) {
    return new VrsInquiry(id, from, to, myNumber, InquiryStatus.PENDING, List.of(), Instant.now(), null, delivery, 0);
  }

  VrsInquiry answered(InquiryStatus answer, List<Dose> answerRecords) {
    return new VrsInquiry(id, from, to, myNumber, answer, answerRecords, createdAt, Instant.now(), delivery, deliveryAttempts);
  }

  VrsInquiry deliveryAttempted(DeliveryState state) {
    return new VrsInquiry(id, from, to, myNumber, status, records, createdAt, answeredAt, state, deliveryAttempts + 1);
  }

  InquiryView view() {
    return new InquiryView(id, from.value(), to.value(), myNumber.lastFour(), status, records, createdAt, answeredAt, delivery, deliveryAttempts);
  }
}
