package org.tongxing.app.web;

import java.util.Locale;

/**
 * The two languages of the pages. Chinese is the default whatever the browser asks for: the product
 * serves a Chinese city's staff, and English is a choice a person makes on purpose.
 */
public final class SupportedLocales {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.ENGLISH;

  private SupportedLocales() {}

  /** English for any English variant, Chinese for everything else, including nothing. */
  public static Locale closestTo(Locale requested) {
    return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())
        ? ENGLISH
        : CHINESE;
  }
}
