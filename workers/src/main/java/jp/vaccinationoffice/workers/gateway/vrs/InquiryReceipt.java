package jp.vaccinationoffice.workers.gateway.vrs;

/** The VRS's acknowledgement of an inquiry sent or answered. */
public record InquiryReceipt(String inquiryId, InquiryStatus status) {}
