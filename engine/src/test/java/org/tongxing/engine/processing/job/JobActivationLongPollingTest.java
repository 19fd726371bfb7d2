package org.tongxing.engine.processing.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.util.EngineRule;

/** Job activations that wait for jobs (long polling), and how a shutdown ends the waiting. */
class JobActivationLongPollingTest {

  private static final Duration WITHIN = Duration.ofSeconds(5);
  private static final long A_MINUTE = 60_000;

  @RegisterExtension final EngineRule engine = new EngineRule();

  private CompletableFuture<List<ActivatedJob>> waitForJobs(String type) {
    return engine
        .engine()
        .activateJobs(
            new EngineCommand.ActivateJobs(type, "worker", A_MINUTE, 10, List.of()), A_MINUTE);
  }

  @Test
  void shouldAnswerAWaitingActivationWhenAJobArrives() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("long-poll")
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType("long-poll-work"))
            .endEvent()
            .done());
    CompletableFuture<List<ActivatedJob>> waiting = waitForJobs("long-poll-work");
    assertThat(waiting).isNotDone();

    // when
    long instance = engine.createInstance("long-poll", Map.of());

    // then
    assertThat(waiting)
        .succeedsWithin(WITHIN)
        .satisfies(
            jobs ->
                assertThat(jobs)
                    .extracting(job -> job.job().processInstanceKey())
                    .containsExactly(instance));
  }

  @Test
  void shouldAnswerWaitingActivationsWithNoJobsOnStopAndWaitNoMore() {
    // given two workers waiting for jobs that do not come
    CompletableFuture<List<ActivatedJob>> first = waitForJobs("stop-work");
    CompletableFuture<List<ActivatedJob>> second = waitForJobs("stop-other-work");
    assertThat(first).isNotDone();

    // when the app begins to shut down
    engine.engine().stopWaitingActivations();

    // then they are answered at once, and a later activation does not wait either
    assertThat(first).succeedsWithin(WITHIN).asList().isEmpty();
    assertThat(second).succeedsWithin(WITHIN).asList().isEmpty();
    assertThat(waitForJobs("stop-work")).succeedsWithin(WITHIN).asList().isEmpty();
  }
}
