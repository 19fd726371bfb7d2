package org.tongxing.workers.notification;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;

/** Activated jobs as the worker sees them, for tests that call it directly. */
final class Jobs {

  private Jobs() {}

  static ActivatedJob job(long processInstanceKey, long elementInstanceKey) {
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getKey()).thenReturn(elementInstanceKey + 1);
    when(job.getProcessInstanceKey()).thenReturn(processInstanceKey);
    when(job.getElementInstanceKey()).thenReturn(elementInstanceKey);
    when(job.getType()).thenReturn(NotifyApplicantWorker.JOB_TYPE);
    return job;
  }
}
