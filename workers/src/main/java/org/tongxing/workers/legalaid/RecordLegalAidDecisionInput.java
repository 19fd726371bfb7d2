package org.tongxing.workers.legalaid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The variables the {@link RecordLegalAidDecisionWorker} reads: the local variable {@code
 * decisionRecord}, mapped from the justice officer's decision form.
 *
 * @param decisionRecord the decision to record; its {@code decision} is {@code GRANTED} or {@code
 *     REFUSED}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecordLegalAidDecisionInput(Decision decisionRecord) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Decision(
      String applicationNumber,
      String decision,
      String reason,
      String provider,
      String decidedBy) {}
}
