package org.tongxing.engine.state.mutable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import org.tongxing.engine.record.MessageRecord;
import org.tongxing.engine.state.immutable.MessageState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.TxSet;
import org.tongxing.engine.state.tx.UndoLog;

/**
 * The message buffer: messages waiting (until their deadline) for a subscription, which processes
 * each was correlated to already (a message reaches a process at most once), and the active
 * instances that message start events created, per correlation key.
 */
public final class MutableMessageState implements MessageState {

  private record Due(long time, long messageKey) implements Comparable<Due> {
    @Override
    public int compareTo(Due other) {
      int byTime = Long.compare(time, other.time);
      return byTime != 0 ? byTime : Long.compare(messageKey, other.messageKey);
    }
  }

  private final TxMap<Long, MessageRecord> messages;
  private final KeyIndex<String> byNameAndKey;
  private final KeyIndex<String> byName;
  private final TxMap<String, Long> byMessageId;
  private final TxSet<Due> deadlines;
  private final TxMap<Long, Set<String>> correlatedProcesses;
  private final TxMap<String, Long> messageStartedInstances;
  private final TxMap<Long, String> messageStartedInstanceKeys;

  MutableMessageState(UndoLog undoLog) {
    messages = new TxMap<>(undoLog);
    byNameAndKey = new KeyIndex<>(undoLog);
    byName = new KeyIndex<>(undoLog);
    byMessageId = new TxMap<>(undoLog);
    deadlines = new TxSet<>(undoLog, new TreeSet<>());
    correlatedProcesses = new TxMap<>(undoLog);
    messageStartedInstances = new TxMap<>(undoLog);
    messageStartedInstanceKeys = new TxMap<>(undoLog);
  }

  public void buffer(long key, MessageRecord message) {
    messages.put(key, message);
    byNameAndKey.add(nameAndKey(message.name(), message.correlationKey()), key);
    byName.add(message.name(), key);
    if (!message.messageId().isEmpty()) {
      byMessageId.put(idKey(message.name(), message.correlationKey(), message.messageId()), key);
    }
    deadlines.add(new Due(message.deadline(), key));
  }

  public void remove(long key) {
    MessageRecord message = messages.remove(key);
    if (message == null) {
      return;
    }
    byNameAndKey.remove(nameAndKey(message.name(), message.correlationKey()), key);
    byName.remove(message.name(), key);
    if (!message.messageId().isEmpty()) {
      byMessageId.remove(idKey(message.name(), message.correlationKey(), message.messageId()));
    }
    deadlines.remove(new Due(message.deadline(), key));
    correlatedProcesses.remove(key);
  }

  public void correlatedTo(long messageKey, String bpmnProcessId) {
    if (!messages.containsKey(messageKey)) {
      return; // not buffered: nothing can correlate it again
    }
    Set<String> processes =
        new HashSet<>(
            correlatedProcesses.get(messageKey) == null
                ? Set.of()
                : correlatedProcesses.get(messageKey));
    processes.add(bpmnProcessId);
    correlatedProcesses.put(messageKey, Set.copyOf(processes));
  }

  public void messageStartedInstance(
      String bpmnProcessId, String correlationKey, long processInstanceKey) {
    messageStartedInstances.put(nameAndKey(bpmnProcessId, correlationKey), processInstanceKey);
    messageStartedInstanceKeys.put(processInstanceKey, nameAndKey(bpmnProcessId, correlationKey));
  }

  /** A process instance ended: a message start event may create the next one for its key. */
  public void instanceEnded(long processInstanceKey) {
    String processAndKey = messageStartedInstanceKeys.remove(processInstanceKey);
    if (processAndKey != null) {
      messageStartedInstances.remove(processAndKey);
    }
  }

  @Override
  public MessageRecord get(long messageKey) {
    return messages.get(messageKey);
  }

  @Override
  public List<Long> getBuffered(String name, String correlationKey) {
    return byNameAndKey.get(nameAndKey(name, correlationKey));
  }

  @Override
  public List<Long> getBufferedByName(String name) {
    return byName.get(name);
  }

  @Override
  public long getByMessageId(String name, String correlationKey, String messageId) {
    Long key = byMessageId.get(idKey(name, correlationKey, messageId));
    return key == null ? -1 : key;
  }

  @Override
  public boolean isCorrelatedTo(long messageKey, String bpmnProcessId) {
    Set<String> processes = correlatedProcesses.get(messageKey);
    return processes != null && processes.contains(bpmnProcessId);
  }

  @Override
  public long getActiveMessageStartedInstance(String bpmnProcessId, String correlationKey) {
    Long key = messageStartedInstances.get(nameAndKey(bpmnProcessId, correlationKey));
    return key == null ? -1 : key;
  }

  @Override
  public long nextDeadline() {
    return deadlines.isEmpty() ? Long.MAX_VALUE : deadlines.iterator().next().time();
  }

  @Override
  public void forEachExpired(long now, LongPredicate visitor) {
    List<Long> expired = new ArrayList<>();
    for (Due due : deadlines) {
      if (due.time() > now) {
        break;
      }
      expired.add(due.messageKey());
    }
    for (long key : expired) {
      if (!visitor.test(key)) {
        return;
      }
    }
  }

  private static String nameAndKey(String name, String correlationKey) {
    return name + '\u0000' + correlationKey;
  }

  private static String idKey(String name, String correlationKey, String messageId) {
    return name + '\u0000' + correlationKey + '\u0000' + messageId;
  }

  /**
   * Buffered messages oldest first, the processes each has started, and the instances that message
   * start events created and that are still running.
   */
  public record Snapshot(
      List<org.tongxing.engine.state.snapshot.Keyed<MessageRecord>> messages,
      java.util.Map<Long, Set<String>> correlatedProcesses,
      java.util.Map<String, Long> messageStartedInstances) {}

  public Snapshot snapshot() {
    return new Snapshot(
        org.tongxing.engine.state.snapshot.Keyed.inKeyOrder(messages.asMap()),
        new java.util.HashMap<>(correlatedProcesses.asMap()),
        new java.util.HashMap<>(messageStartedInstances.asMap()));
  }

  public void restore(Snapshot snapshot) {
    snapshot.messages().forEach(message -> buffer(message.key(), message.value()));
    snapshot
        .correlatedProcesses()
        .forEach((key, processes) -> correlatedProcesses.put(key, Set.copyOf(processes)));
    snapshot
        .messageStartedInstances()
        .forEach(
            (processAndKey, instanceKey) -> {
              messageStartedInstances.put(processAndKey, instanceKey);
              messageStartedInstanceKeys.put(instanceKey, processAndKey);
            });
  }
}
