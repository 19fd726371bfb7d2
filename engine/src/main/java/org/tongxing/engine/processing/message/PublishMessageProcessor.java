package org.tongxing.engine.processing.message;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tongxing.engine.api.EngineCommand.CorrelateMessage;
import org.tongxing.engine.api.EngineCommand.PublishMessage;
import org.tongxing.engine.api.MessageCorrelated;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.MessageIntent;
import org.tongxing.engine.record.MessageRecord;
import org.tongxing.engine.record.MessageStartEventSubscriptionRecord;
import org.tongxing.engine.record.MessageSubscriptionRecord;

/**
 * Publishes a message (buffered for its time to live) or correlates one (no buffer, refused when
 * nothing waits). Either way it reaches each process at most once: the oldest open subscription of
 * each process, and the message start events of processes it did not reach otherwise.
 */
public final class PublishMessageProcessor {

  private final MessageCorrelationBehavior correlation;

  public PublishMessageProcessor(MessageCorrelationBehavior correlation) {
    this.correlation = correlation;
  }

  public void publish(PublishMessage command, ProcessingContext context) {
    String name = requireName(command.name(), context);
    String correlationKey = blankToEmpty(command.correlationKey());
    String messageId = blankToEmpty(command.messageId());
    if (command.timeToLive() < 0) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected a time to live of zero or more milliseconds, but got " + command.timeToLive());
    }
    if (!messageId.isEmpty()
        && context.state().messages().getByMessageId(name, correlationKey, messageId) >= 0) {
      throw context.reject(
          RejectionType.ALREADY_EXISTS,
          "Expected to publish a new message with id '"
              + messageId
              + "', but a message with"
              + " that id was already published (name '"
              + name
              + "', correlation key '"
              + correlationKey
              + "')");
    }
    long key = context.nextKey();
    String variables = JsonValues.toJsonObject(command.variables());
    MessageRecord message =
        new MessageRecord(
            name,
            correlationKey,
            command.timeToLive(),
            context.now() + command.timeToLive(),
            messageId,
            variables);
    context.appendEvent(key, MessageIntent.PUBLISHED, message);
    long instanceKey = correlate(key, message, context);
    if (command.timeToLive() == 0) {
      context.appendEvent(key, MessageIntent.EXPIRED, message);
    }
    context.respond(new MessageCorrelated(key, instanceKey));
  }

  public void correlate(CorrelateMessage command, ProcessingContext context) {
    String name = requireName(command.name(), context);
    String correlationKey = blankToEmpty(command.correlationKey());
    long key = context.nextKey();
    MessageRecord message =
        new MessageRecord(
            name,
            correlationKey,
            0,
            context.now(),
            "",
            JsonValues.toJsonObject(command.variables()));
    context.appendEvent(key, MessageIntent.PUBLISHED, message);
    long instanceKey = correlate(key, message, context);
    if (instanceKey < 0) {
      throw context.reject(
          RejectionType.NOT_FOUND,
          "Expected to find subscription for message with name '"
              + name
              + "' and correlation key '"
              + correlationKey
              + "', but none was found.");
    }
    context.appendEvent(key, MessageIntent.EXPIRED, message);
    context.respond(new MessageCorrelated(key, instanceKey));
  }

  /** Correlates to waiting subscriptions and start events; the first instance reached, or -1. */
  private long correlate(long messageKey, MessageRecord message, ProcessingContext context) {
    long firstInstance = -1;
    Set<String> reached = new HashSet<>();
    var subscriptions = context.state().messageSubscriptions();
    if (!message.correlationKey().isEmpty()) {
      for (long subscriptionKey : subscriptions.getOpen(message.name(), message.correlationKey())) {
        MessageSubscriptionRecord subscription = subscriptions.get(subscriptionKey);
        if (subscription == null || !reached.add(subscription.bpmnProcessId())) {
          continue; // one subscription per process
        }
        long instance =
            correlation.correlateToSubscription(
                subscriptionKey, messageKey, message.variables(), context);
        firstInstance = firstInstance < 0 ? instance : firstInstance;
      }
    }
    List<Long> starts = new ArrayList<>(subscriptions.getStartEventSubscriptions(message.name()));
    for (long subscriptionKey : starts) {
      MessageStartEventSubscriptionRecord start =
          subscriptions.getStartEventSubscription(subscriptionKey);
      if (start == null
          || reached.contains(start.bpmnProcessId())
          || !correlation.canStart(start, messageKey, message.correlationKey(), context)) {
        continue;
      }
      reached.add(start.bpmnProcessId());
      long instance =
          correlation.correlateToStartEvent(
              subscriptionKey, messageKey, message.correlationKey(), message.variables(), context);
      firstInstance = firstInstance < 0 ? instance : firstInstance;
    }
    return firstInstance;
  }

  private static String requireName(String name, ProcessingContext context) {
    if (name == null || name.isBlank()) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT, "Expected a message name, but the name is empty");
    }
    return name;
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value;
  }
}
