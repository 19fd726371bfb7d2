package org.tongxing.workers.households;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;

/**
 * The variables the {@link CheckHouseholdRegistrationsWorker} reads.
 *
 * @param persons the people to check, in order; a missing variable counts as an empty list
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckHouseholdRegistrationsInput(List<Person> persons) {

  public CheckHouseholdRegistrationsInput {
    persons = persons == null ? List.of() : persons.stream().filter(Objects::nonNull).toList();
  }
}
