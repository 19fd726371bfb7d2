package org.tongxing.workers.identifiers;

import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): registration authority code, entity
 * type code, region code, organisation code and check character.
 */
public final class UnifiedSocialCreditCode {

  private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /** 登记管理部门代码 1: 机构编制 (organs and public institutions). */
  public static final char ESTABLISHMENT_OFFICE = '1';

  /** 登记管理部门代码 5: 民政 (social organisations). */
  public static final char CIVIL_AFFAIRS = '5';

  /** 登记管理部门代码 9: 市场监管 (enterprises, individual businesses, cooperatives). */
  public static final char MARKET_REGULATION = '9';

  private UnifiedSocialCreditCode() {}

  /** Blank becomes null; spaces go, letters become upper case. */
  public static String normalise(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return code.replace(" ", "").strip().toUpperCase(Locale.ROOT);
  }

  /** Whether the (normalised) code has 18 characters of the code's alphabet and its check one. */
  public static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = CHARACTERS.indexOf(code.charAt(i));
      if (value < 0) {
        return false;
      }
      sum += value * WEIGHTS[i];
    }
    return CHARACTERS.indexOf(code.charAt(17)) == (31 - sum % 31) % 31;
  }

  /** The registration authority code, the first character of a valid code. */
  public static char registrationAuthority(String code) {
    return code.charAt(0);
  }
}
