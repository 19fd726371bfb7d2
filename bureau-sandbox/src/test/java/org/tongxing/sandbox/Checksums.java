package org.tongxing.sandbox;

/**
 * Check characters of the national identifiers in the synthetic data, so that tests can tell a
 * realistic record from a typo.
 */
public final class Checksums {

  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK_CHARACTERS = "10X98765432";
  private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CREDIT_CODE_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private Checksums() {}

  /** Whether an 18-character resident ID number carries its GB 11643 check character. */
  public static boolean isValidIdNumber(String idNumber) {
    if (idNumber == null || !idNumber.matches("\\d{17}[\\dX]")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < ID_WEIGHTS.length; i++) {
      sum += (idNumber.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return ID_CHECK_CHARACTERS.charAt(sum % 11) == idNumber.charAt(17);
  }

  /** Whether a unified social credit code carries its GB 32100 check character. */
  public static boolean isValidCreditCode(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = CREDIT_CODE_CHARACTERS.indexOf(code.charAt(i));
      if (value < 0) {
        return false;
      }
      sum += value * CREDIT_CODE_WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return CREDIT_CODE_CHARACTERS.charAt(check) == code.charAt(17);
  }
}
