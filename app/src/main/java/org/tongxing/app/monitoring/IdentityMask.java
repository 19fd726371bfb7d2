package org.tongxing.app.monitoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks resident ID numbers (居民身份证号, 18 characters) in what a page shows, also inside the
 * 20-character disability certificate numbers that begin with one: the region (first six digits)
 * and the last four stay, the birth date and sequence go. Unmasking is a recorded act
 * (CaseAction.IDENTITY_UNMASKED) of those with the identity viewer role.
 */
public final class IdentityMask {

  /** Six region digits, eight birth-date digits, three sequence digits and a check character. */
  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<![0-9A-Za-z])(\\d{6})(\\d{8})(\\d{3})([0-9Xx])(\\d{2})?(?![0-9A-Za-z])");

  private IdentityMask() {}

  public static String mask(String text) {
    if (text == null || text.length() < 18) {
      return text;
    }
    Matcher matcher = ID_NUMBER.matcher(text);
    StringBuilder masked = new StringBuilder();
    while (matcher.find()) {
      String suffix = matcher.group(5) == null ? "" : matcher.group(5);
      String replacement =
          matcher.group(1) + "********" + matcher.group(3) + matcher.group(4) + suffix;
      matcher.appendReplacement(masked, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(masked);
    return masked.toString();
  }

  public static boolean containsIdNumber(String text) {
    return text != null && ID_NUMBER.matcher(text).find();
  }
}
