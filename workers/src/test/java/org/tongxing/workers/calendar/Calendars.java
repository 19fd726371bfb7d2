package org.tongxing.workers.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.ZoneId;

/** The calendar as the app configures it by default, for tests. */
final class Calendars {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

  private Calendars() {}

  static HolidaySchedule bundledSchedule() {
    try (InputStream data =
        Calendars.class.getResourceAsStream("/calendar/cn-public-holidays.json")) {
      return JSON.readValue(data, HolidaySchedule.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WorkingDayCalendar bundledCalendar() {
    return new WorkingDayCalendar(bundledSchedule());
  }

  static DeadlineCalculator bundledCalculator() {
    return new DeadlineCalculator(
        bundledCalendar(), SHANGHAI, LocalTime.of(9, 0), LocalTime.of(23, 59, 59));
  }
}
