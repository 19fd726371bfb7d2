package org.tongxing.workers.benefits;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.bureau.BureauJobErrors;

/** The variables the benefit workers read. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BenefitInput(Benefit benefit) {

  /**
   * @throws io.camunda.client.exception.JobError with no retries (an incident at once) if the
   *     variable is missing or lacks part of its key: a modelling error that retrying cannot mend
   */
  Benefit requireBenefit() {
    try {
      if (benefit == null) {
        throw new IllegalArgumentException("Expected variable 'benefit', but it is missing");
      }
      return benefit.requireKey();
    } catch (IllegalArgumentException e) {
      throw BureauJobErrors.incidentNow(e);
    }
  }
}
