package org.tongxing.sandbox;

import java.util.regex.Pattern;

/**
 * The identifiers the simulated systems are looked up by: checks of their form, so that a wrong
 * request is answered 400 naming the parameter instead of an empty result, and the masking the real
 * systems apply to ID numbers.
 */
public final class Identifiers {

  /** Resident ID number (公民身份号码): 17 digits and a check character. */
  private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");

  /** Unified social credit code (统一社会信用代码, GB 32100-2015). */
  private static final Pattern CREDIT_CODE =
      Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

  private Identifiers() {}

  /**
   * @throws IllegalArgumentException naming the parameter when the value is not an ID number
   */
  public static String requireIdNumber(String parameter, String value) {
    if (value == null || !ID_NUMBER.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Expected %s to be an 18-character ID number, but was '%s'".formatted(parameter, value));
    }
    return value;
  }

  /**
   * @throws IllegalArgumentException naming the parameter when the value is not a credit code
   */
  public static String requireCreditCode(String parameter, String value) {
    if (value == null || !CREDIT_CODE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Expected %s to be an 18-character unified social credit code, but was '%s'"
              .formatted(parameter, value));
    }
    return value;
  }

  /** Keeps the region code and the last four characters: {@code 330302********2112}. */
  public static String maskIdNumber(String idNumber) {
    return idNumber.substring(0, 6) + "*".repeat(8) + idNumber.substring(14);
  }
}
