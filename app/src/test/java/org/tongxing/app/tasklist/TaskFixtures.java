package org.tongxing.app.tasklist;

import java.time.OffsetDateTime;
import java.util.List;

/** User tasks as the gateway returns them, for the controller tests. */
final class TaskFixtures {

  static final long PROCESS_DEFINITION = 2251799813684999L;
  static final long PROCESS_INSTANCE = 2251799813685001L;
  static final long FORM_KEY = 2251799813685100L;
  static final OffsetDateTime CREATED = OffsetDateTime.parse("2025-01-05T01:30:00Z");

  private TaskFixtures() {}

  /** An unassigned review task of the given candidate groups, with a form. */
  static UserTaskInfo openTask(long key, String... candidateGroups) {
    return new UserTaskInfo(
        key,
        "审核资格",
        "Task_ReviewEligibility",
        "CREATED",
        "就业补贴",
        "employment-subsidy",
        PROCESS_DEFINITION,
        PROCESS_INSTANCE,
        null,
        List.of(candidateGroups),
        50,
        CREATED,
        null,
        null,
        FORM_KEY,
        null);
  }
}
