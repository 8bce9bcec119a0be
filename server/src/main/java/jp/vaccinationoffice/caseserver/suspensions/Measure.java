package jp.vaccinationoffice.caseserver.suspensions;

/**
 * What a granted suspension request (利用停止請求, 個人情報保護法第98条; 番号法第30条) orders for a person.
 */
public enum Measure {
  /** 利用の停止: the office no longer uses the person's information for move-in queries or certificates. */
  STOP_USE,
  /** 消去: the person's ledger records are erased, with a deletion record. */
  ERASE,
  /** 提供の停止: inquiries of other municipalities about the person are refused (DMN provision-permitted). */
  STOP_PROVISION
}
