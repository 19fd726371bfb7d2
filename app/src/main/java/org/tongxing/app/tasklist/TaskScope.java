package org.tongxing.app.tasklist;

import java.util.Set;

/**
 * One set of tasks a search covers: those of an assignee, or those offered to groups or to a
 * candidate user, optionally only the unassigned ones. Scopes of one search must not overlap (an
 * assignee's tasks and unassigned tasks never do), so their totals add up.
 *
 * @param assignee the tasks' assignee, or {@code null}
 * @param candidateGroups groups of which the task must name one; empty for any
 * @param candidateUser a user the task names as candidate, or {@code null}
 * @param unassignedOnly only tasks nobody has claimed
 */
public record TaskScope(
    String assignee, Set<String> candidateGroups, String candidateUser, boolean unassignedOnly) {

  public TaskScope {
    candidateGroups = Set.copyOf(candidateGroups);
  }

  public static TaskScope assignedTo(String username) {
    return new TaskScope(username, Set.of(), null, false);
  }

  public static TaskScope unassignedIn(Set<String> groups) {
    return new TaskScope(null, groups, null, true);
  }

  public static TaskScope offeredTo(Set<String> groups) {
    return new TaskScope(null, groups, null, false);
  }

  public static TaskScope unassignedFor(String candidateUser) {
    return new TaskScope(null, Set.of(), candidateUser, true);
  }
}
