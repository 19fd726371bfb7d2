package org.tongxing.engine.state.mutable;

import java.util.List;
import org.tongxing.engine.record.SignalSubscriptionRecord;
import org.tongxing.engine.state.immutable.SignalSubscriptionState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.UndoLog;

/** Signal subscriptions by name, by element instance, and start events by process version. */
public final class MutableSignalSubscriptionState implements SignalSubscriptionState {

  private final TxMap<Long, SignalSubscriptionRecord> subscriptions;
  private final KeyIndex<String> byName;
  private final KeyIndex<Long> byElementInstance;
  private final KeyIndex<Long> startsByDefinition;

  MutableSignalSubscriptionState(UndoLog undoLog) {
    subscriptions = new TxMap<>(undoLog);
    byName = new KeyIndex<>(undoLog);
    byElementInstance = new KeyIndex<>(undoLog);
    startsByDefinition = new KeyIndex<>(undoLog);
  }

  public void open(long key, SignalSubscriptionRecord subscription) {
    subscriptions.put(key, subscription);
    byName.add(subscription.signalName(), key);
    if (subscription.elementInstanceKey() >= 0) {
      byElementInstance.add(subscription.elementInstanceKey(), key);
    } else {
      startsByDefinition.add(subscription.processDefinitionKey(), key);
    }
  }

  public void close(long key) {
    SignalSubscriptionRecord subscription = subscriptions.remove(key);
    if (subscription == null) {
      return;
    }
    byName.remove(subscription.signalName(), key);
    if (subscription.elementInstanceKey() >= 0) {
      byElementInstance.remove(subscription.elementInstanceKey(), key);
    } else {
      startsByDefinition.remove(subscription.processDefinitionKey(), key);
    }
  }

  @Override
  public SignalSubscriptionRecord get(long subscriptionKey) {
    return subscriptions.get(subscriptionKey);
  }

  @Override
  public List<Long> getByName(String signalName) {
    return byName.get(signalName);
  }

  @Override
  public List<Long> getOf(long elementInstanceKey) {
    return byElementInstance.get(elementInstanceKey);
  }

  @Override
  public List<Long> getStartEventSubscriptionsOf(long processDefinitionKey) {
    return startsByDefinition.get(processDefinitionKey);
  }

  public List<org.tongxing.engine.state.snapshot.Keyed<SignalSubscriptionRecord>> snapshot() {
    return org.tongxing.engine.state.snapshot.Keyed.inKeyOrder(subscriptions.asMap());
  }

  public void restore(
      List<org.tongxing.engine.state.snapshot.Keyed<SignalSubscriptionRecord>> snapshot) {
    snapshot.forEach(subscription -> open(subscription.key(), subscription.value()));
  }
}
