package jp.vaccinationoffice.caseserver.portal.procedures;

import java.util.Arrays;
import java.util.Optional;

/**
 * The procedures a resident files in the portal, each with its address, its title and the form
 * fields it binds: whatever else a browser sends is not bound.
 */
public enum Procedure {
  DISCLOSURE("disclosure", "開示請求", "DISCLOSURE", "address", "phone", "records", "method"),
  CORRECTION("correction", "訂正請求", "CORRECTION", "address", "phone", "doseNumber", "item", "requestedValue",
      "reason"),
  SUSPENSION("suspension", "利用停止請求", "SUSPENSION", "address", "phone", "measure", "ground"),
  CERTIFICATE_DOMESTIC("certificate-domestic", "接種証明書の交付申請（国内用）", "DOMESTIC"),
  CERTIFICATE_OVERSEAS("certificate-overseas", "接種証明書の交付申請（海外用）", "OVERSEAS", "passportNumber",
      "nationality", "familyNameRoman", "givenNameRoman", "otherName");

  private final String slug;
  private final String title;
  private final String code;
  private final String[] fields;

  Procedure(String slug, String title, String code, String... fields) {
    this.slug = slug;
    this.title = title;
    this.code = code;
    this.fields = fields;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  /** The request type ({@code DISCLOSURE} …) or the certificate's use ({@code DOMESTIC}, {@code OVERSEAS}). */
  public String code() {
    return code;
  }

  public boolean certificate() {
    return this == CERTIFICATE_DOMESTIC || this == CERTIFICATE_OVERSEAS;
  }

  /** The fields the form binds: its own and the idempotency key. */
  public String[] allowedFields() {
    String[] allowed = Arrays.copyOf(fields, fields.length + 1);
    allowed[fields.length] = "idempotencyKey";
    return allowed;
  }

  static Optional<Procedure> ofSlug(String slug) {
    return Arrays.stream(values()).filter(procedure -> procedure.slug.equals(slug)).findFirst();
  }
}
