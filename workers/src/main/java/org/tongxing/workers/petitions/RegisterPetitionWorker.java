package org.tongxing.workers.petitions;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.workers.calendar.CalendarProperties;
import org.tongxing.workers.calendar.ChineseDates;

/**
 * Registers a petition (登记; 信访工作条例 第二十二条、第二十三条: 收到信访事项，应当予以登记; job type {@value #JOB_TYPE}): gives
 * it its register number, which notices and the tasklist show and the petitioner quotes.
 *
 * <p>The number is made from the day received and the process instance key, so it is unique and a
 * retried job gives the same number.
 */
@Component
public class RegisterPetitionWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "petitions-register-petition";

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final ZoneId zone;

  @Autowired
  public RegisterPetitionWorker(CalendarProperties calendar) {
    this(calendar.zone());
  }

  /**
   * @param zone the zone whose local day the petition was received on
   */
  RegisterPetitionWorker(ZoneId zone) {
    this.zone = zone;
  }

  @JobWorker(type = JOB_TYPE)
  public RegisterPetitionOutput registerPetition(
      ActivatedJob job, @VariablesAsType RegisterPetitionInput input) {
    String receivedAt = input.registration() == null ? null : input.registration().receivedAt();
    LocalDate received;
    try {
      received =
          ZonedDateTime.parse(receivedAt == null ? "" : receivedAt)
              .withZoneSameInstant(zone)
              .toLocalDate();
    } catch (DateTimeParseException e) {
      throw CamundaError.jobError(
          "Expected registration.receivedAt to be an ISO date-time (FEEL now() in the input"
              + " mapping), but was '%s'".formatted(receivedAt),
          null,
          0);
    }
    return new RegisterPetitionOutput(
        "XF-" + received.format(DAY) + "-" + job.getProcessInstanceKey(),
        received.toString(),
        ChineseDates.format(received));
  }
}
