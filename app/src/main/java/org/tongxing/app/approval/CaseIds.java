package org.tongxing.app.approval;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tongxing.app.tasklist.CaseSummary;
import org.tongxing.app.tasklist.TasklistGateway;
import org.tongxing.app.tasklist.UserTaskInfo;

/** The business id of a task's case, for the case history. */
@Component
class CaseIds {

  private final TasklistGateway gateway;

  CaseIds(TasklistGateway gateway) {
    this.gateway = gateway;
  }

  String of(UserTaskInfo task) {
    return gateway
        .findCaseSummaries(List.of(task.processInstanceKey()))
        .getOrDefault(task.processInstanceKey(), CaseSummary.NONE)
        .caseId();
  }
}
