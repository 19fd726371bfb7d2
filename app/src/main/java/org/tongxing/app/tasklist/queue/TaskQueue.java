package org.tongxing.app.tasklist.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tongxing.app.tasklist.TaskScope;
import org.tongxing.app.tasklist.TaskSearch.Order;
import org.tongxing.app.tasklist.TasklistUser;

/**
 * The queues of the task list. "To do" is what the user may work on now: their own tasks and the
 * unclaimed tasks of their departments; due soon and overdue narrow it by the due date.
 */
public enum TaskQueue {
  TODO("todo", Order.CREATED, false),
  MINE("mine", Order.CREATED, false),
  UNASSIGNED("unassigned", Order.CREATED, false),
  DEPARTMENT("department", Order.CREATED, false),
  DUE_SOON("due-soon", Order.DUE, false),
  OVERDUE("overdue", Order.DUE, false),
  COMPLETED("completed", Order.COMPLETED, true);

  private final String id;
  private final Order defaultOrder;
  private final boolean defaultDescending;

  TaskQueue(String id, Order defaultOrder, boolean defaultDescending) {
    this.id = id;
    this.defaultOrder = defaultOrder;
    this.defaultDescending = defaultDescending;
  }

  /** The queue's name in addresses ({@code ?queue=due-soon}). */
  public String id() {
    return id;
  }

  /** The key of the queue's name in the message bundles. */
  public String messageKey() {
    return "queue." + id;
  }

  public Order defaultOrder() {
    return defaultOrder;
  }

  public boolean defaultDescending() {
    return defaultDescending;
  }

  public boolean completed() {
    return this == COMPLETED;
  }

  /** Which tasks the queue covers for this user, as disjoint scopes. */
  public List<TaskScope> scopes(TasklistUser user) {
    List<TaskScope> scopes = new ArrayList<>();
    switch (this) {
      case MINE, COMPLETED -> scopes.add(TaskScope.assignedTo(user.username()));
      case UNASSIGNED -> addUnassigned(user, scopes);
      case DEPARTMENT -> {
        if (!user.groups().isEmpty()) {
          scopes.add(TaskScope.offeredTo(user.groups()));
        }
      }
      case TODO, DUE_SOON, OVERDUE -> {
        scopes.add(TaskScope.assignedTo(user.username()));
        addUnassigned(user, scopes);
      }
    }
    return scopes;
  }

  private static void addUnassigned(TasklistUser user, List<TaskScope> scopes) {
    if (!user.groups().isEmpty()) {
      scopes.add(TaskScope.unassignedIn(user.groups()));
    }
    scopes.add(TaskScope.unassignedFor(user.username()));
  }

  /** The queue of that id; the default "to do" for anything else (an old or mistyped link). */
  public static TaskQueue of(String id) {
    if (id != null) {
      String wanted = id.trim().toLowerCase(Locale.ROOT);
      for (TaskQueue queue : values()) {
        if (queue.id.equals(wanted)) {
          return queue;
        }
      }
    }
    return TODO;
  }
}
