package org.tongxing.workers.certificates;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;

/**
 * The variables the {@link CheckDisabilityCertificatesWorker} reads. The Camunda starter fetches
 * only the variables named by these fields.
 *
 * @param employees the declared disabled employees; a missing variable counts as an empty list
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckDisabilityCertificatesInput(List<Employee> employees) {

  public CheckDisabilityCertificatesInput {
    employees =
        employees == null ? List.of() : employees.stream().filter(Objects::nonNull).toList();
  }
}
