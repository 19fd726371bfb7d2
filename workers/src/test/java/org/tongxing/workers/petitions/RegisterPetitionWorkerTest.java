package org.tongxing.workers.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.JobError;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RegisterPetitionWorkerTest {

  private final RegisterPetitionWorker worker =
      new RegisterPetitionWorker(ZoneId.of("Asia/Shanghai"));

  @Test
  void shouldNumberThePetitionByTheLocalDayReceivedAndTheInstance() {
    // given received at 2026-03-01T17:30Z, already 03-02 in Wenzhou
    var input =
        new RegisterPetitionInput(new RegisterPetitionInput.Registration("2026-03-01T17:30:00Z"));

    // when
    RegisterPetitionOutput output = worker.registerPetition(job(), input);

    // then
    assertThat(output.petitionNumber()).isEqualTo("XF-20260302-2251799813685251");
    assertThat(output.receivedOn()).isEqualTo("2026-03-02");
    assertThat(output.receivedOnText()).isEqualTo("2026年3月2日");
  }

  @Test
  void shouldRaiseAnIncidentWithoutTheTimeReceived() {
    // when
    JobError error =
        catchThrowableOfType(
            JobError.class, () -> worker.registerPetition(job(), new RegisterPetitionInput(null)));

    // then
    assertThat(error.getRetries()).isZero();
    assertThat(error.getMessage()).startsWith("Expected registration.receivedAt");
  }

  private static ActivatedJob job() {
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getProcessInstanceKey()).thenReturn(2251799813685251L);
    return job;
  }
}
