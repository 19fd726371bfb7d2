package org.tongxing.app.tasklist;

import java.time.OffsetDateTime;
import java.util.List;

/** User tasks as the gateway returns them, for the controller tests. */
public final class TaskFixtures {

  public static final long PROCESS_DEFINITION = 2251799813684999L;
  public static final long PROCESS_INSTANCE = 2251799813685001L;
  public static final long ELEMENT_INSTANCE = 2251799813685050L;
  public static final long FORM_KEY = 2251799813685100L;
  public static final OffsetDateTime CREATED = OffsetDateTime.parse("2025-01-05T01:30:00Z");

  private TaskFixtures() {}

  /** An unassigned review task of the given candidate groups, with a form. */
  public static UserTaskInfo openTask(long key, String... candidateGroups) {
    return new UserTaskInfo(
        key,
        "审核资格",
        "Task_ReviewEligibility",
        "CREATED",
        "就业补贴",
        "employment-subsidy",
        PROCESS_DEFINITION,
        PROCESS_INSTANCE,
        ELEMENT_INSTANCE,
        null,
        List.of(candidateGroups),
        List.of(),
        50,
        CREATED,
        null,
        null,
        null,
        FORM_KEY,
        null);
  }
}
