package org.tongxing.engine.state.immutable;

import java.util.List;
import org.tongxing.engine.record.MessageStartEventSubscriptionRecord;
import org.tongxing.engine.record.MessageSubscriptionRecord;

/** Read access to open message subscriptions of element instances and of start events. */
public interface MessageSubscriptionState {

  MessageSubscriptionRecord get(long subscriptionKey);

  /** Open subscriptions for this name and correlation key, oldest first. */
  List<Long> getOpen(String name, String correlationKey);

  /** The open subscriptions of an element instance. */
  List<Long> getOf(long elementInstanceKey);

  MessageStartEventSubscriptionRecord getStartEventSubscription(long subscriptionKey);

  /** Start event subscriptions for a message name (one per process, its latest version). */
  List<Long> getStartEventSubscriptions(String messageName);

  /** The start event subscriptions of a process version. */
  List<Long> getStartEventSubscriptionsOf(long processDefinitionKey);
}
