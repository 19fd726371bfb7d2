package org.tongxing.app.modeler.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tongxing.app.web.SupportedLocales;

/**
 * Writes the modeler's moments (saves, deployments) in the city's time zone and the page's
 * language.
 */
@Component("modelerTimes")
public class ModelerTimes {

  private static final DateTimeFormatter CHINESE =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", SupportedLocales.CHINESE);
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", SupportedLocales.ENGLISH);

  private final ZoneId zone;

  public ModelerTimes(@Value("${tongxing.engine.zone:Asia/Shanghai}") ZoneId zone) {
    this.zone = zone;
  }

  /** For templates: {@code ${@modelerTimes.of(version.createdAt())}}. */
  public TimeText of(OffsetDateTime moment) {
    if (moment == null) {
      return null;
    }
    Locale locale = SupportedLocales.closestTo(LocaleContextHolder.getLocale());
    OffsetDateTime local = moment.atZoneSameInstant(zone).toOffsetDateTime();
    return new TimeText(
        local.toString(),
        (locale.equals(SupportedLocales.ENGLISH) ? ENGLISH : CHINESE).format(local));
  }
}
