package org.tongxing.app.tasklist;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tongxing.app.web.SupportedLocales;

/** Writes moments the way each page language writes them, in one time zone. */
public final class DateTimeDisplay {

  private static final DateTimeFormatter CHINESE =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", SupportedLocales.CHINESE);
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", SupportedLocales.ENGLISH);

  private final ZoneId zone;
  private final DateTimeFormatter formatter;

  public DateTimeDisplay(ZoneId zone, Locale locale) {
    this.zone = zone;
    this.formatter =
        SupportedLocales.closestTo(locale).equals(SupportedLocales.ENGLISH) ? ENGLISH : CHINESE;
  }

  /** {@code null} when there is no moment, so that the page can say "none". */
  public DisplayTime format(OffsetDateTime moment) {
    if (moment == null) {
      return null;
    }
    OffsetDateTime local = moment.atZoneSameInstant(zone).toOffsetDateTime();
    return new DisplayTime(local.toString(), formatter.format(local));
  }
}
