package org.tongxing.app.tasklist;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A page of a task queue as the gateway searches it: the union of disjoint {@link TaskScope}s,
 * narrowed by the filters, in one order.
 *
 * @param completed completed tasks instead of open ones
 * @param processId the BPMN process id, or {@code null} for every process
 * @param dueFrom tasks due at or after this moment, or {@code null}
 * @param dueBefore tasks due before this moment, or {@code null}
 * @param priorityAtLeast the lowest priority shown, or {@code null}
 * @param variableLikes process variables whose JSON text must contain the text ({@code name ->
 *     text}); a string value's quotes are part of its JSON, so the text is matched inside them
 * @param variableEquals process variables that must equal the value ({@code name -> value})
 */
public record TaskSearch(
    List<TaskScope> scopes,
    boolean completed,
    String processId,
    OffsetDateTime dueFrom,
    OffsetDateTime dueBefore,
    OffsetDateTime followUpFrom,
    OffsetDateTime followUpBefore,
    Integer priorityAtLeast,
    Map<String, String> variableLikes,
    Map<String, String> variableEquals,
    Order order,
    boolean descending,
    int offset,
    int limit) {

  public TaskSearch {
    scopes = List.copyOf(scopes);
    variableLikes = Map.copyOf(variableLikes);
    variableEquals = Map.copyOf(variableEquals);
  }

  /** The orders the search API offers for user tasks. */
  public enum Order {
    CREATED(UserTaskInfo::creationDate),
    DUE(UserTaskInfo::dueDate),
    FOLLOW_UP(UserTaskInfo::followUpDate),
    PRIORITY(UserTaskInfo::priority),
    NAME(UserTaskInfo::displayName),
    COMPLETED(UserTaskInfo::completionDate);

    private final Function<UserTaskInfo, ? extends Comparable<?>> key;

    Order(Function<UserTaskInfo, ? extends Comparable<?>> key) {
      this.key = key;
    }

    /** The order of one field, values missing last whatever the direction, then by key. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Comparator<UserTaskInfo> comparator(boolean descending) {
      Comparator<Comparable> natural = Comparator.naturalOrder();
      Comparator<Comparable> direction = descending ? natural.reversed() : natural;
      Comparator<UserTaskInfo> byField =
          Comparator.comparing(
              task -> (Comparable) key.apply(task), Comparator.nullsLast(direction));
      return byField.thenComparing(UserTaskInfo::key);
    }
  }

  public Comparator<UserTaskInfo> comparator() {
    return order.comparator(descending);
  }
}
