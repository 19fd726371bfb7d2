package org.tongxing.workers.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.bureau.notification.NoticeRequest;

/**
 * The variables the {@link NotifyApplicantWorker} reads. The Camunda starter fetches only the
 * variables named by these fields.
 *
 * @param notice the notice, a local variable of the task by input mapping; null when the process
 *     did not provide it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotifyApplicantInput(NoticeRequest notice) {}
