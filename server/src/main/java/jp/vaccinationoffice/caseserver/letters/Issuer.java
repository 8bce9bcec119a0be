package jp.vaccinationoffice.caseserver.letters;

import java.util.Objects;

/**
 * Who decides and signs: the head of the municipality (実施機関, e.g. 防府市長), the municipality
 * (the defendant of a 取消訴訟) and the office the requester may contact.
 *
 * @param municipalityName e.g. 防府市
 * @param headTitle e.g. 防府市長
 * @param headName the head's name, or null to print the title alone
 * @param office e.g. 健康福祉部 健康増進課
 * @param phone the office's telephone number, or null
 */
public record Issuer(String municipalityName, String headTitle, String headName, String office, String phone) {

  public Issuer {
    Objects.requireNonNull(municipalityName, "municipalityName");
    Objects.requireNonNull(headTitle, "headTitle");
    Objects.requireNonNull(office, "office");
  }

  String signature() {
    return headName == null || headName.isBlank() ? headTitle : headTitle + "　" + headName;
  }

  String contact() {
    return phone == null || phone.isBlank() ? office : office + "（電話 " + phone + "）";
  }
}
