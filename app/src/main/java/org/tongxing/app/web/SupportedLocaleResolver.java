package org.tongxing.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Keeps the chosen language in a cookie and only ever answers with a {@link SupportedLocales
 * supported} one, so that {@code ?lang=fr} cannot produce a page labelled French with Chinese text,
 * and the browser's Accept-Language is never consulted.
 */
public class SupportedLocaleResolver extends CookieLocaleResolver {

  public static final String COOKIE_NAME = "tongxing-lang";

  public SupportedLocaleResolver() {
    super(COOKIE_NAME);
    setDefaultLocale(SupportedLocales.CHINESE);
    setCookieMaxAge(Duration.ofDays(365));
    setCookieHttpOnly(true);
    setCookieSameSite("Lax");
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    return SupportedLocales.closestTo(super.resolveLocale(request));
  }

  @Override
  public LocaleContext resolveLocaleContext(HttpServletRequest request) {
    LocaleContext context = super.resolveLocaleContext(request);
    TimeZone timeZone =
        context instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
    return new SimpleTimeZoneAwareLocaleContext(
        SupportedLocales.closestTo(context.getLocale()), timeZone);
  }

  @Override
  public void setLocaleContext(
      HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
    if (localeContext == null || localeContext.getLocale() == null) {
      super.setLocaleContext(request, response, localeContext);
      return;
    }
    TimeZone timeZone =
        localeContext instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
    super.setLocaleContext(
        request,
        response,
        new SimpleTimeZoneAwareLocaleContext(
            SupportedLocales.closestTo(localeContext.getLocale()), timeZone));
  }
}
