package org.tongxing.app.monitoring;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tongxing.app.tasklist.DisplayTime;
import org.tongxing.app.web.SupportedLocales;

/**
 * Moments, days and durations as the page's language writes them, in the monitoring time zone:
 * 2026年3月1日 09:30 or 1 Mar 2026, 09:30; 2天4小时 or 2 d 4 h.
 */
public final class Moments {

  private static final DateTimeFormatter CHINESE_TIME =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", SupportedLocales.CHINESE);
  private static final DateTimeFormatter ENGLISH_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", SupportedLocales.ENGLISH);
  private static final DateTimeFormatter CHINESE_DAY =
      DateTimeFormatter.ofPattern("yyyy年M月d日", SupportedLocales.CHINESE);
  private static final DateTimeFormatter ENGLISH_DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", SupportedLocales.ENGLISH);

  private final ZoneId zone;
  private final boolean english;

  public Moments(ZoneId zone, Locale locale) {
    this.zone = zone;
    this.english = SupportedLocales.closestTo(locale).equals(SupportedLocales.ENGLISH);
  }

  public ZoneId zone() {
    return zone;
  }

  /** {@code null} when there is no moment, so that the page can say "none". */
  public DisplayTime time(OffsetDateTime moment) {
    if (moment == null) {
      return null;
    }
    OffsetDateTime local = moment.atZoneSameInstant(zone).toOffsetDateTime();
    return new DisplayTime(local.toString(), (english ? ENGLISH_TIME : CHINESE_TIME).format(local));
  }

  public DisplayTime day(LocalDate day) {
    if (day == null) {
      return null;
    }
    return new DisplayTime(day.toString(), (english ? ENGLISH_DAY : CHINESE_DAY).format(day));
  }

  /** Days, hours and minutes, the two largest that are not zero: 2天4小时, 35分钟. */
  public String duration(Duration duration) {
    if (duration == null) {
      return null;
    }
    long minutes = Math.max(0, duration.toMinutes());
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long rest = minutes % 60;
    StringBuilder text = new StringBuilder();
    int parts = 0;
    if (days > 0) {
      text.append(english ? days + " d" : days + "天");
      parts++;
    }
    if (hours > 0 && parts < 2) {
      text.append(english && parts > 0 ? " " : "").append(english ? hours + " h" : hours + "小时");
      parts++;
    }
    if ((rest > 0 || parts == 0) && parts < 2 && days == 0) {
      text.append(english && parts > 0 ? " " : "").append(english ? rest + " min" : rest + "分钟");
    }
    return text.toString();
  }
}
