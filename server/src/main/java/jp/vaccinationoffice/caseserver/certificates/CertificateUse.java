package jp.vaccinationoffice.caseserver.certificates;

/** 国内用 (Japanese only) or 海外用 (with passport data, Japanese and English). */
public enum CertificateUse {
  DOMESTIC,
  OVERSEAS
}
