package org.tongxing.workers.employment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import org.tongxing.workers.households.Person;

/**
 * The variables the {@link CheckEmploymentRecordsWorker} reads.
 *
 * @param employees the declared disabled employees; a missing variable counts as an empty list
 * @param year the year the wages were paid in (上年度)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckEmploymentRecordsInput(List<Person> employees, Employer employer, Integer year) {

  public CheckEmploymentRecordsInput {
    employees =
        employees == null ? List.of() : employees.stream().filter(Objects::nonNull).toList();
  }
}
