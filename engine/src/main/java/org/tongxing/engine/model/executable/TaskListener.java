package org.tongxing.engine.model.executable;

import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.record.JobListenerEventType;

/**
 * One {@code zeebe:taskListener} of a user task: a job of {@code type} that runs while the task
 * goes through the lifecycle event it listens to; the transition waits for it.
 */
public record TaskListener(JobListenerEventType eventType, Expression type, Expression retries) {}
