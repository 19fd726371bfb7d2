package org.tongxing.engine.processing.message;

import org.tongxing.engine.processing.InternalCommand.CorrelateBufferedMessage;
import org.tongxing.engine.processing.InternalCommand.CorrelateBufferedStartMessages;
import org.tongxing.engine.processing.InternalCommand.ExpireMessages;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.MessageIntent;
import org.tongxing.engine.record.MessageRecord;
import org.tongxing.engine.record.MessageStartEventSubscriptionRecord;
import org.tongxing.engine.record.MessageSubscriptionRecord;

/**
 * The buffer's side of correlation: a newly opened subscription takes the oldest fitting buffered
 * message (FIFO) that has not reached its process yet; a message start event may start the next
 * instance once the previous one for a correlation key ended; expired messages leave.
 */
public final class BufferedMessagesProcessor {

  private final MessageCorrelationBehavior correlation;

  public BufferedMessagesProcessor(MessageCorrelationBehavior correlation) {
    this.correlation = correlation;
  }

  public void correlateToSubscription(CorrelateBufferedMessage command, ProcessingContext context) {
    MessageSubscriptionRecord subscription =
        context.state().messageSubscriptions().get(command.subscriptionKey());
    if (subscription == null) {
      return; // closed or correlated in the meantime
    }
    var messages = context.state().messages();
    for (long messageKey :
        messages.getBuffered(subscription.messageName(), subscription.correlationKey())) {
      if (!messages.isCorrelatedTo(messageKey, subscription.bpmnProcessId())) {
        correlation.correlateToSubscription(
            command.subscriptionKey(), messageKey, messages.get(messageKey).variables(), context);
        return;
      }
    }
  }

  public void correlateToStartEvents(
      CorrelateBufferedStartMessages command, ProcessingContext context) {
    var subscriptions = context.state().messageSubscriptions();
    var messages = context.state().messages();
    var latest = context.state().processes().getLatest(command.bpmnProcessId());
    if (latest == null) {
      return;
    }
    for (long subscriptionKey : subscriptions.getStartEventSubscriptionsOf(latest.key())) {
      MessageStartEventSubscriptionRecord start =
          subscriptions.getStartEventSubscription(subscriptionKey);
      for (long messageKey : messages.getBufferedByName(start.messageName())) {
        MessageRecord message = messages.get(messageKey);
        if (correlation.canStart(start, messageKey, message.correlationKey(), context)) {
          correlation.correlateToStartEvent(
              subscriptionKey, messageKey, message.correlationKey(), message.variables(), context);
          return;
        }
      }
    }
  }

  public void expire(ExpireMessages command, ProcessingContext context) {
    var messages = context.state().messages();
    messages.forEachExpired(
        context.now(),
        key -> {
          context.appendEvent(key, MessageIntent.EXPIRED, messages.get(key));
          return true;
        });
  }
}
