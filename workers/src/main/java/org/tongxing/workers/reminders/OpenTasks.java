package org.tongxing.workers.reminders;

import java.util.List;

/** The open user tasks of a process instance, and how to raise their priority. */
public interface OpenTasks {

  /** An open user task: its key, current priority and candidate groups. */
  record OpenTask(long userTaskKey, int priority, List<String> candidateGroups) {}

  /** The tasks of {@code elementId} in the instance that are not completed or canceled. */
  List<OpenTask> find(long processInstanceKey, String elementId);

  void raisePriority(long userTaskKey, int priority);
}
