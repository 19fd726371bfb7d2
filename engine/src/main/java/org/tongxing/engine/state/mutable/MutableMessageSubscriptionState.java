package org.tongxing.engine.state.mutable;

import java.util.List;
import org.tongxing.engine.record.MessageStartEventSubscriptionRecord;
import org.tongxing.engine.record.MessageSubscriptionRecord;
import org.tongxing.engine.state.immutable.MessageSubscriptionState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.UndoLog;

/** Open message subscriptions, by name and correlation key and by element instance. */
public final class MutableMessageSubscriptionState implements MessageSubscriptionState {

  private final TxMap<Long, MessageSubscriptionRecord> subscriptions;
  private final KeyIndex<String> byNameAndKey;
  private final KeyIndex<Long> byElementInstance;
  private final TxMap<Long, MessageStartEventSubscriptionRecord> startSubscriptions;
  private final KeyIndex<String> startByName;
  private final KeyIndex<Long> startByDefinition;

  MutableMessageSubscriptionState(UndoLog undoLog) {
    subscriptions = new TxMap<>(undoLog);
    byNameAndKey = new KeyIndex<>(undoLog);
    byElementInstance = new KeyIndex<>(undoLog);
    startSubscriptions = new TxMap<>(undoLog);
    startByName = new KeyIndex<>(undoLog);
    startByDefinition = new KeyIndex<>(undoLog);
  }

  public void open(long key, MessageSubscriptionRecord subscription) {
    subscriptions.put(key, subscription);
    byNameAndKey.add(nameAndKey(subscription.messageName(), subscription.correlationKey()), key);
    byElementInstance.add(subscription.elementInstanceKey(), key);
  }

  public void close(long key) {
    MessageSubscriptionRecord subscription = subscriptions.remove(key);
    if (subscription != null) {
      byNameAndKey.remove(
          nameAndKey(subscription.messageName(), subscription.correlationKey()), key);
      byElementInstance.remove(subscription.elementInstanceKey(), key);
    }
  }

  public void openStartEvent(long key, MessageStartEventSubscriptionRecord subscription) {
    startSubscriptions.put(key, subscription);
    startByName.add(subscription.messageName(), key);
    startByDefinition.add(subscription.processDefinitionKey(), key);
  }

  public void closeStartEvent(long key) {
    MessageStartEventSubscriptionRecord subscription = startSubscriptions.remove(key);
    if (subscription != null) {
      startByName.remove(subscription.messageName(), key);
      startByDefinition.remove(subscription.processDefinitionKey(), key);
    }
  }

  @Override
  public MessageSubscriptionRecord get(long subscriptionKey) {
    return subscriptions.get(subscriptionKey);
  }

  @Override
  public List<Long> getOpen(String name, String correlationKey) {
    return byNameAndKey.get(nameAndKey(name, correlationKey));
  }

  @Override
  public List<Long> getOf(long elementInstanceKey) {
    return byElementInstance.get(elementInstanceKey);
  }

  @Override
  public MessageStartEventSubscriptionRecord getStartEventSubscription(long subscriptionKey) {
    return startSubscriptions.get(subscriptionKey);
  }

  @Override
  public List<Long> getStartEventSubscriptions(String messageName) {
    return startByName.get(messageName);
  }

  @Override
  public List<Long> getStartEventSubscriptionsOf(long processDefinitionKey) {
    return startByDefinition.get(processDefinitionKey);
  }

  private static String nameAndKey(String name, String correlationKey) {
    return name + '\u0000' + correlationKey;
  }

  /** Open subscriptions and message start event subscriptions, oldest first. */
  public record Snapshot(
      List<org.tongxing.engine.state.snapshot.Keyed<MessageSubscriptionRecord>> subscriptions,
      List<org.tongxing.engine.state.snapshot.Keyed<MessageStartEventSubscriptionRecord>>
          startSubscriptions) {}

  public Snapshot snapshot() {
    return new Snapshot(
        org.tongxing.engine.state.snapshot.Keyed.inKeyOrder(subscriptions.asMap()),
        org.tongxing.engine.state.snapshot.Keyed.inKeyOrder(startSubscriptions.asMap()));
  }

  public void restore(Snapshot snapshot) {
    snapshot.subscriptions().forEach(s -> open(s.key(), s.value()));
    snapshot.startSubscriptions().forEach(s -> openStartEvent(s.key(), s.value()));
  }
}
