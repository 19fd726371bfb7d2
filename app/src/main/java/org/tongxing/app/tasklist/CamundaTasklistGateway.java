package org.tongxing.app.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.response.Form;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongxing.app.diagram.ProcessPath;
import org.tongxing.app.diagram.ProcessPathReader;

/**
 * The tasklist's engine access through the Camunda client (REST API {@code /v2}). Uses only plain
 * equality filters, one search per candidate group plus one for the assignee, because those are
 * what every runtime answers the same way.
 */
@Component
class CamundaTasklistGateway implements TasklistGateway {

  private static final Logger LOG = LoggerFactory.getLogger(CamundaTasklistGateway.class);
  private static final int NOT_FOUND = 404;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Oldest first, so that what waited longest is seen first. */
  private static final Comparator<UserTaskInfo> OLDEST_FIRST =
      Comparator.comparing(
              UserTaskInfo::creationDate, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(UserTaskInfo::key);

  private final CamundaClient client;
  private final TasklistProperties properties;
  private final ProcessPathReader paths;

  CamundaTasklistGateway(
      CamundaClient client, TasklistProperties properties, ProcessPathReader paths) {
    this.client = client;
    this.properties = properties;
    this.paths = paths;
  }

  @Override
  public List<UserTaskInfo> findOpenTasks(TasklistUser user) {
    Map<Long, UserTaskInfo> found = new LinkedHashMap<>();
    for (String group : new TreeSet<>(user.groups())) {
      searchOpen(filter -> filter.candidateGroup(group))
          .forEach(task -> found.putIfAbsent(task.key(), task));
    }
    searchOpen(filter -> filter.assignee(user.username()))
        .forEach(task -> found.putIfAbsent(task.key(), task));
    return found.values().stream()
        // the search side may lag behind; never offer a task whose state says it is done
        .filter(UserTaskInfo::isOpen)
        .sorted(OLDEST_FIRST)
        .toList();
  }

  @Override
  public Optional<UserTaskInfo> findTask(long taskKey) {
    try {
      return Optional.of(
          call(taskKey, () -> toInfo(client.newUserTaskGetRequest(taskKey).execute())));
    } catch (TaskNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<String> findFormSchema(long taskKey) {
    try {
      Form form = call(taskKey, () -> client.newUserTaskGetFormRequest(taskKey).execute());
      return Optional.ofNullable(form).map(Form::getSchema).map(CamundaTasklistGateway::asJson);
    } catch (TaskNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<ProcessVariable> findProcessVariables(long processInstanceKey) {
    List<Variable> variables =
        call(
            null,
            () ->
                client
                    .newVariableSearchRequest()
                    .filter(filter -> filter.processInstanceKey(processInstanceKey))
                    .page(page -> page.limit(properties.searchLimit()))
                    .execute()
                    .items());
    return variables.stream()
        // the process's own variables; inner scopes (subprocesses, tasks) hold working copies
        .filter(variable -> Objects.equals(variable.getScopeKey(), processInstanceKey))
        .map(
            variable ->
                new ProcessVariable(
                    variable.getName(),
                    variable.getValue(),
                    Boolean.TRUE.equals(variable.isTruncated())))
        .sorted(Comparator.comparing(ProcessVariable::name))
        .toList();
  }

  @Override
  public Optional<ProcessPath> findProcessPath(long processInstanceKey) {
    try {
      return Optional.of(call(null, () -> paths.read(processInstanceKey)));
    } catch (TasklistUnavailableException e) {
      // the diagram is a help, not the task: the page goes on without the path
      LOG.warn("Path of process instance {} cannot be read: {}", processInstanceKey, e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public void assign(long taskKey, String assignee) {
    call(
        taskKey,
        () ->
            client
                .newAssignUserTaskCommand(taskKey)
                .assignee(assignee)
                // a claim must not take a task away from a colleague who was quicker
                .allowOverride(false)
                .execute());
  }

  @Override
  public void unassign(long taskKey) {
    call(taskKey, () -> client.newUnassignUserTaskCommand(taskKey).execute());
  }

  @Override
  public void complete(long taskKey, Map<String, Object> variables) {
    call(taskKey, () -> client.newCompleteUserTaskCommand(taskKey).variables(variables).execute());
  }

  private List<UserTaskInfo> searchOpen(Consumer<UserTaskFilter> criterion) {
    return call(
        null,
        () ->
            client
                .newUserTaskSearchRequest()
                .filter(
                    filter -> {
                      filter.state(UserTaskState.CREATED);
                      criterion.accept(filter);
                    })
                .page(page -> page.limit(properties.searchLimit()))
                .execute()
                .items()
                .stream()
                .map(CamundaTasklistGateway::toInfo)
                .toList());
  }

  /**
   * Runs one client call and translates the client's failures into the tasklist's.
   *
   * @param taskKey the task the call is about; {@code null} for searches, where "not found" means
   *     the engine lacks the endpoint
   */
  private static <T> T call(Long taskKey, Supplier<T> request) {
    try {
      return request.get();
    } catch (ClientHttpException e) {
      int status = e.code();
      if (status == NOT_FOUND && taskKey != null) {
        throw new TaskNotFoundException(taskKey);
      }
      if ((status == 400 || status == 409) && taskKey != null) {
        throw new TaskActionRejectedException(taskKey, reason(e), e);
      }
      throw new TasklistUnavailableException(
          "Expected the engine to answer, but it returned HTTP " + status + ": " + reason(e), e);
    } catch (ClientException e) {
      throw new TasklistUnavailableException(
          "Expected the engine to answer, but the call failed: " + e.getMessage(), e);
    }
  }

  private static String reason(ClientHttpException e) {
    if (e instanceof ProblemException problem
        && problem.details() != null
        && problem.details().getDetail() != null) {
      return problem.details().getDetail();
    }
    return e.getMessage();
  }

  private static UserTaskInfo toInfo(UserTask task) {
    return new UserTaskInfo(
        task.getUserTaskKey(),
        task.getName(),
        task.getElementId(),
        task.getState() == null ? null : task.getState().name(),
        task.getProcessName(),
        task.getBpmnProcessId(),
        task.getProcessDefinitionKey() == null ? 0 : task.getProcessDefinitionKey(),
        task.getProcessInstanceKey() == null ? 0 : task.getProcessInstanceKey(),
        task.getAssignee(),
        task.getCandidateGroups(),
        task.getPriority(),
        task.getCreationDate(),
        task.getDueDate(),
        task.getFollowUpDate(),
        task.getFormKey(),
        task.getExternalFormReference());
  }

  /** The REST API sends the schema as a JSON string; some runtimes embed it as an object. */
  private static String asJson(Object schema) {
    if (schema instanceof String text) {
      return text;
    }
    try {
      return JSON.writeValueAsString(schema);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Expected a form schema that can be written as JSON", e);
    }
  }
}
