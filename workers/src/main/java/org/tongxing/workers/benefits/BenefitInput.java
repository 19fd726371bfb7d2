package org.tongxing.workers.benefits;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The variables the benefit workers read. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BenefitInput(Benefit benefit) {

  /**
   * @throws IllegalArgumentException if the variable is missing or lacks part of its key
   */
  Benefit requireBenefit() {
    if (benefit == null) {
      throw new IllegalArgumentException("Expected variable 'benefit', but it is missing");
    }
    return benefit.requireKey();
  }
}
