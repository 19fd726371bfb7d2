package org.tongxing.workers.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the holiday schedule once at start-up; an unreadable or inconsistent schedule stops the
 * start with a message naming the problem.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

  @Bean
  WorkingDayCalendar workingDayCalendar(CalendarProperties properties, ObjectMapper json) {
    return new WorkingDayCalendar(read(properties, json));
  }

  @Bean
  DeadlineCalculator deadlineCalculator(
      WorkingDayCalendar calendar, CalendarProperties properties) {
    return new DeadlineCalculator(
        calendar, properties.zone(), properties.officeOpensAt(), properties.endOfDay());
  }

  static HolidaySchedule read(CalendarProperties properties, ObjectMapper json) {
    try (InputStream data = properties.schedule().getInputStream()) {
      return json.readValue(data, HolidaySchedule.class).validated();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Expected a readable holiday schedule in tongxing.calendar.schedule (%s), but %s"
              .formatted(properties.schedule().getDescription(), e.getMessage()),
          e);
    }
  }
}
