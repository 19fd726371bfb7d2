package org.tongxing.engine.state.immutable;

import java.util.List;
import org.tongxing.engine.record.SignalSubscriptionRecord;

/** Read access to signal subscriptions. */
public interface SignalSubscriptionState {

  SignalSubscriptionRecord get(long subscriptionKey);

  /** Subscriptions for a signal name, oldest first. */
  List<Long> getByName(String signalName);

  /** The subscriptions of an element instance. */
  List<Long> getOf(long elementInstanceKey);

  /** The start event subscriptions of a process version. */
  List<Long> getStartEventSubscriptionsOf(long processDefinitionKey);
}
