package org.tongxing.engine.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.ProcessInstanceCreated;
import org.tongxing.engine.util.EngineRule;

/**
 * A regression test for a bug found while writing {@link CrashRecoveryTest}: a long-polling
 * activation whose request timeout (real time) passed while its ActivateJobs command still waited
 * in the writer's queue was answered with no jobs, yet the command was processed afterwards. The
 * jobs were ACTIVATED in the log, locked until their job timeout, and no worker had them: a durable
 * effect nobody was told about, which issue #3 rules out.
 *
 * <p>The request must answer the jobs it activated (its timeout applies only while it is parked),
 * or jobs activated for a request already answered must be yielded back at once; either way, no job
 * is lost.
 */
class ActivationRequestTimeoutTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  @Test
  void shouldLoseNoJobToAnActivationRequestThatTimedOut() {
    // given: jobs waiting, and a writer busy with a long queue of commands
    engine.deploy(
        Bpmn.createExecutableProcess("activation-timeout")
            .startEvent()
            .serviceTask("Task_Work", t -> t.zeebeJobType("activation-timeout-work"))
            .endEvent()
            .done());
    engine.deploy(
        "busy.bpmn",
        Bpmn.convertToString(
            Bpmn.createExecutableProcess("activation-timeout-busy")
                .startEvent()
                .endEvent()
                .done()));
    for (int i = 0; i < 10; i++) {
      engine.createInstance("activation-timeout", Map.of());
    }
    List<CompletableFuture<ProcessInstanceCreated>> busy = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      busy.add(
          engine
              .engine()
              .createProcessInstance(
                  new EngineCommand.CreateProcessInstance(
                      "activation-timeout-busy", -1, -1, Map.of())));
    }

    // when: a request gives up (1 ms) before the writer reaches its command
    List<ActivatedJob> delivered =
        EngineRule.await(
            engine
                .engine()
                .activateJobs(
                    new EngineCommand.ActivateJobs(
                        "activation-timeout-work", "worker", 60_000, 10, List.of()),
                    1));
    busy.forEach(EngineRule::await);

    // then: every job is with the worker, or can be activated again at once
    Set<Long> reachable = new HashSet<>();
    delivered.forEach(job -> reachable.add(job.key()));
    engine.activateJobs("activation-timeout-work").forEach(job -> reachable.add(job.key()));
    assertThat(reachable).hasSize(10);
  }
}
