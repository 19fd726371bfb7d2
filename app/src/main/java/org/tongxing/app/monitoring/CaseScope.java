package org.tongxing.app.monitoring;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see which case, decided on the server: the lead office sees every case; a supervisor sees
 * the cases their departments took part in, that is the process instances with a user task (open or
 * done) whose candidate groups hold one of the supervisor's departments. Read through the client's
 * user task search, so it holds on either runtime.
 */
@Component
public class CaseScope {

  private final CamundaClient client;
  private final MonitoringProperties properties;

  public CaseScope(CamundaClient client, MonitoringProperties properties) {
    this.client = client;
    this.properties = properties;
  }

  /** The cases the viewer may see. */
  public VisibleCases visibleCases(Viewer viewer) {
    if (viewer.seesAllDepartments()) {
      return VisibleCases.everything();
    }
    return casesOf(viewer.groups(), null);
  }

  /**
   * The cases in which one of the departments has a task: open ones only when {@code state} is
   * {@link UserTaskState#CREATED} ("holding the case"), any when {@code null}.
   */
  public VisibleCases casesOf(Set<String> departments, UserTaskState state) {
    Set<Long> keys = new LinkedHashSet<>();
    boolean truncated = false;
    for (String department : departments) {
      int room = properties.departmentCaseLimit() - keys.size();
      if (room <= 0) {
        truncated = true;
        break;
      }
      SearchPaging.Items<UserTask> tasks =
          SearchPaging.upTo(
              room,
              page ->
                  client
                      .newUserTaskSearchRequest()
                      .filter(
                          filter -> {
                            filter.candidateGroup(department);
                            if (state != null) {
                              filter.state(state);
                            }
                          })
                      .sort(sort -> sort.creationDate().desc())
                      .page(page)
                      .execute());
      tasks.items().forEach(task -> keys.add(task.getProcessInstanceKey()));
      truncated |= tasks.truncated();
    }
    return new VisibleCases(false, keys, truncated);
  }

  /** Whether the viewer may see this one case; reads only that case's tasks. */
  public boolean maySee(Viewer viewer, long processInstanceKey) {
    if (viewer.seesAllDepartments()) {
      return true;
    }
    return client
        .newUserTaskSearchRequest()
        .filter(filter -> filter.processInstanceKey(processInstanceKey))
        .page(page -> page.limit(SearchPaging.PAGE))
        .execute()
        .items()
        .stream()
        .anyMatch(
            task ->
                task.getCandidateGroups() != null
                    && task.getCandidateGroups().stream().anyMatch(viewer.groups()::contains));
  }

  /** Refuses (403) a case the viewer may not see, naming who and which. */
  public void requireVisible(Viewer viewer, long processInstanceKey) {
    if (!maySee(viewer, processInstanceKey)) {
      throw new AccessDeniedException(
          "Expected process instance %d to have a task of one of %s's departments %s, but it has none"
              .formatted(processInstanceKey, viewer.username(), viewer.groups()));
    }
  }
}
