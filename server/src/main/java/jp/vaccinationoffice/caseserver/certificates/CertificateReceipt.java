package jp.vaccinationoffice.caseserver.certificates;

/** The answer to a certificate request: the request (a case) and its process. */
public record CertificateReceipt(String requestId, String processInstanceId, String status) {}
