package org.tongxing.workers.identifiers;

import java.util.Locale;
import java.util.regex.Pattern;

/** The 18-character resident ID number (居民身份证号码, GB 11643) and its check character. */
public final class ResidentIdNumber {

  private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  private ResidentIdNumber() {}

  /** Blank becomes null; spaces go and a lower-case check character x becomes X. */
  public static String normalise(String idNumber) {
    if (idNumber == null || idNumber.isBlank()) {
      return null;
    }
    return idNumber.replace(" ", "").strip().toUpperCase(Locale.ROOT);
  }

  /** Whether the (normalised) number has 17 digits and the right check character. */
  public static boolean isValid(String idNumber) {
    if (idNumber == null || !FORMAT.matcher(idNumber).matches()) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (idNumber.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11) == idNumber.charAt(17);
  }
}
