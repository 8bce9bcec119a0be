package jp.vaccinationoffice.common;

/**
 * A 6-digit local government code (全国地方公共団体コード): five digits and a check digit. Whether
 * the code names an existing municipality is {@link Municipalities}' question.
 */
public record MunicipalityCode(String value) {

  public MunicipalityCode {
    if (value == null || value.isBlank()) {
      throw new InvalidIdentifierException("municipality code is required", "団体コードを入力してください。");
    }
    if (!value.matches("\\d{6}")) {
      throw new InvalidIdentifierException("municipality code must be 6 digits", "団体コードは6桁の数字で入力してください。");
    }
    if (checkDigit(value.substring(0, 5)) != value.charAt(5) - '0') {
      throw new InvalidIdentifierException("municipality code " + value + " has a wrong check digit",
          "団体コードの検査数字が合いません。コードを確かめてください。");
    }
  }

  public static MunicipalityCode parse(String value) {
    return new MunicipalityCode(value);
  }

  /** Weights 6,5,4,3,2; the check digit is the last digit of 11 minus the remainder mod 11. */
  public static int checkDigit(String fiveDigits) {
    int[] weights = {6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 5; i++) {
      sum += (fiveDigits.charAt(i) - '0') * weights[i];
    }
    return (11 - sum % 11) % 10;
  }

  @Override
  public String toString() {
    return value;
  }
}
