package org.tongxing.engine.state.appliers;

import org.tongxing.engine.record.MessageIntent;
import org.tongxing.engine.record.MessageRecord;
import org.tongxing.engine.record.MessageStartEventSubscriptionIntent;
import org.tongxing.engine.record.MessageStartEventSubscriptionRecord;
import org.tongxing.engine.record.MessageSubscriptionIntent;
import org.tongxing.engine.record.MessageSubscriptionRecord;
import org.tongxing.engine.state.mutable.EngineState;

/** Messages in the buffer, and the subscriptions waiting for them. */
final class MessageAppliers {

  private MessageAppliers() {}

  static void register(EventAppliers appliers, EngineState state) {
    appliers.<MessageRecord>register(
        MessageIntent.PUBLISHED,
        (key, value) -> {
          if (value.timeToLive() > 0) {
            state.messages().buffer(key, value);
          }
        });
    appliers.<MessageRecord>register(
        MessageIntent.EXPIRED, (key, value) -> state.messages().remove(key));

    appliers.<MessageSubscriptionRecord>register(
        MessageSubscriptionIntent.CREATED,
        (key, value) -> state.messageSubscriptions().open(key, value));
    appliers.<MessageSubscriptionRecord>register(
        MessageSubscriptionIntent.CORRELATED,
        (key, value) -> {
          state.messageSubscriptions().close(key);
          state.messages().correlatedTo(value.messageKey(), value.bpmnProcessId());
        });
    appliers.<MessageSubscriptionRecord>register(
        MessageSubscriptionIntent.DELETED, (key, value) -> state.messageSubscriptions().close(key));

    appliers.<MessageStartEventSubscriptionRecord>register(
        MessageStartEventSubscriptionIntent.CREATED,
        (key, value) -> state.messageSubscriptions().openStartEvent(key, value));
    appliers.<MessageStartEventSubscriptionRecord>register(
        MessageStartEventSubscriptionIntent.CORRELATED,
        (key, value) -> {
          state.messages().correlatedTo(value.messageKey(), value.bpmnProcessId());
          if (!value.correlationKey().isEmpty()) {
            state
                .messages()
                .messageStartedInstance(
                    value.bpmnProcessId(), value.correlationKey(), value.processInstanceKey());
          }
        });
    appliers.<MessageStartEventSubscriptionRecord>register(
        MessageStartEventSubscriptionIntent.DELETED,
        (key, value) -> state.messageSubscriptions().closeStartEvent(key));
  }
}
