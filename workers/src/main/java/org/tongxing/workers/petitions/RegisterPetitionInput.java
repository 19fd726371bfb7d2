package org.tongxing.workers.petitions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The variables the {@link RegisterPetitionWorker} reads: the local variable {@code registration}.
 *
 * @param registration when the petition was received (engine time, FEEL {@code now()})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisterPetitionInput(Registration registration) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Registration(String receivedAt) {}
}
