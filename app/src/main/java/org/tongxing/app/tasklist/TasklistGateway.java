package org.tongxing.app.tasklist;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongxing.app.diagram.ProcessPath;

/**
 * Everything the tasklist asks of the workflow engine. The only implementation talks through the
 * Camunda client, so the tasklist runs unchanged on the embedded engine and on Camunda 8.
 *
 * <p>Reads are eventually consistent: a task changed a moment ago may still show its old state.
 * Commands throw {@link TaskActionRejectedException} when the engine refuses them, and every method
 * throws {@link TasklistUnavailableException} when the engine cannot be reached.
 */
public interface TasklistGateway {

  /** One page of a queue: the union of the search's scopes, filtered and ordered. */
  TaskSearchPage searchTasks(TaskSearch search);

  /** Case id, applicant and county of each process instance that has any of them. */
  Map<Long, CaseSummary> findCaseSummaries(Collection<Long> processInstanceKeys);

  Optional<UserTaskInfo> findTask(long taskKey);

  /** Every user task of a process instance, open or not, oldest first. */
  List<UserTaskInfo> findTasksOfInstance(long processInstanceKey);

  /** The steps the case has completed (element instances), the earliest ended first. */
  List<CompletedStep> findCompletedSteps(long processInstanceKey);

  /** The Camunda Forms JSON linked to the task; empty when the task has no form. */
  Optional<String> findFormSchema(long taskKey);

  /** The variables of the process instance itself (not those of inner scopes), by name. */
  List<ProcessVariable> findProcessVariables(long processInstanceKey);

  /**
   * Where the case stands on its diagram; empty when the search side cannot tell now (the page then
   * draws the diagram without the case's path).
   */
  Optional<ProcessPath> findProcessPath(long processInstanceKey);

  void assign(long taskKey, String assignee);

  void unassign(long taskKey);

  void complete(long taskKey, Map<String, Object> variables);
}
