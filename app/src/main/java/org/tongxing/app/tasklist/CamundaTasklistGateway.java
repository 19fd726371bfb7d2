package org.tongxing.app.tasklist;

import static org.tongxing.app.tasklist.EngineCalls.call;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.filter.VariableValueFilter;
import io.camunda.client.api.search.response.Form;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.camunda.client.api.search.sort.UserTaskSort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongxing.app.diagram.ProcessPath;
import org.tongxing.app.diagram.ProcessPathReader;

/**
 * The tasklist's engine access through the Camunda client (REST API {@code /v2}). A queue that
 * covers several scopes (the user's own tasks and their departments' unassigned ones) is one search
 * per scope, sent together and merged here: the 8.8 user task filter has no "or", and plain filters
 * are what every runtime answers the same way.
 */
@Component
class CamundaTasklistGateway implements TasklistGateway {

  private static final Logger LOG = LoggerFactory.getLogger(CamundaTasklistGateway.class);
  private static final ObjectMapper JSON = new ObjectMapper();

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
  public TaskSearchPage searchTasks(TaskSearch search) {
    if (search.scopes().isEmpty() || search.limit() <= 0) {
      return TaskSearchPage.EMPTY;
    }
    if (search.scopes().size() == 1) {
      return page(search, send(search, search.scopes().get(0), search.offset(), search.limit()));
    }
    // each scope from its start up to the end of the page, all sent at once, merged in the
    // page's order
    int window = search.offset() + search.limit();
    List<CompletableFuture<SearchResponse<UserTask>>> sent =
        search.scopes().stream().map(scope -> send(search, scope, 0, window)).toList();
    Map<Long, UserTaskInfo> merged = new LinkedHashMap<>();
    long total = 0;
    boolean more = false;
    for (CompletableFuture<SearchResponse<UserTask>> response : sent) {
      TaskSearchPage page = page(search, response);
      total += page.total();
      more |= page.moreThanTotal();
      page.items().forEach(task -> merged.putIfAbsent(task.key(), task));
    }
    List<UserTaskInfo> sorted = merged.values().stream().sorted(search.comparator()).toList();
    int from = Math.min(search.offset(), sorted.size());
    int to = Math.min(window, sorted.size());
    return new TaskSearchPage(sorted.subList(from, to), total, more);
  }

  @Override
  public Map<Long, CaseSummary> findCaseSummaries(Collection<Long> processInstanceKeys) {
    if (processInstanceKeys.isEmpty()) {
      return Map.of();
    }
    TasklistProperties.CaseFields fields = properties.caseFields();
    List<String> names = fields.names();
    List<Long> keys = List.copyOf(new java.util.LinkedHashSet<>(processInstanceKeys));
    List<Variable> variables =
        call(
            () ->
                client
                    .newVariableSearchRequest()
                    .filter(
                        filter ->
                            filter
                                .processInstanceKey(key -> key.in(keys))
                                .name(name -> name.in(names)))
                    // one more than can match, so the search side need not count them
                    .page(page -> page.limit(keys.size() * names.size() + 1))
                    .execute()
                    .items());
    Map<Long, Map<String, String>> values = new HashMap<>();
    for (Variable variable : variables) {
      // the process's own variables; a task's local copy of the same name does not count
      if (Objects.equals(variable.getScopeKey(), variable.getProcessInstanceKey())) {
        values
            .computeIfAbsent(variable.getProcessInstanceKey(), key -> new HashMap<>())
            .put(variable.getName(), plainText(variable.getValue()));
      }
    }
    Map<Long, CaseSummary> summaries = new HashMap<>();
    values.forEach(
        (key, byName) ->
            summaries.put(
                key,
                new CaseSummary(
                    byName.get(fields.caseId()),
                    byName.get(fields.applicant()),
                    byName.get(fields.county()))));
    return summaries;
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
  public List<UserTaskInfo> findTasksOfInstance(long processInstanceKey) {
    return call(
        () ->
            client
                .newUserTaskSearchRequest()
                .filter(filter -> filter.processInstanceKey(processInstanceKey))
                .sort(sort -> sort.creationDate().asc())
                .page(page -> page.limit(properties.searchLimit()))
                .execute()
                .items()
                .stream()
                .map(CamundaTasklistGateway::toInfo)
                .toList());
  }

  @Override
  public List<CompletedStep> findCompletedSteps(long processInstanceKey) {
    return call(
        () ->
            client
                .newElementInstanceSearchRequest()
                .filter(
                    filter ->
                        filter
                            .processInstanceKey(processInstanceKey)
                            .state(ElementInstanceState.COMPLETED))
                .sort(sort -> sort.endDate().asc())
                .page(page -> page.limit(properties.searchLimit()))
                .execute()
                .items()
                .stream()
                .map(
                    step ->
                        new CompletedStep(
                            step.getElementInstanceKey(),
                            step.getElementId(),
                            step.getElementName(),
                            step.getType() == null ? null : step.getType().name(),
                            step.getStartDate(),
                            step.getEndDate()))
                .toList());
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
      return Optional.of(call(() -> paths.read(processInstanceKey)));
    } catch (TasklistUnavailableException e) {
      // the diagram is a help, not the task: the page goes on without the path
      LOG.warn(
          "Path of process instance {} cannot be read: {}", processInstanceKey, e.getMessage());
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

  private CompletableFuture<SearchResponse<UserTask>> send(
      TaskSearch search, TaskScope scope, int from, int limit) {
    return call(
        () ->
            client
                .newUserTaskSearchRequest()
                .filter(filter -> narrow(filter, search, scope))
                .sort(sort -> order(sort, search))
                .page(page -> page.from(from).limit(limit))
                .send()
                .toCompletableFuture());
  }

  private static TaskSearchPage page(
      TaskSearch search, CompletableFuture<SearchResponse<UserTask>> sent) {
    SearchResponse<UserTask> response = call(sent::join);
    List<UserTaskInfo> items =
        response.items().stream()
            .map(CamundaTasklistGateway::toInfo)
            // the search side may lag behind; never offer a task whose state says it is done
            .filter(task -> search.completed() != task.isOpen())
            .toList();
    long total =
        response.page() == null || response.page().totalItems() == null
            ? items.size()
            : response.page().totalItems();
    boolean more =
        response.page() != null && Boolean.TRUE.equals(response.page().hasMoreTotalItems());
    return new TaskSearchPage(items, total, more);
  }

  private static void narrow(UserTaskFilter filter, TaskSearch search, TaskScope scope) {
    filter.state(search.completed() ? UserTaskState.COMPLETED : UserTaskState.CREATED);
    if (scope.assignee() != null) {
      filter.assignee(scope.assignee());
    } else if (scope.unassignedOnly()) {
      filter.assignee(assignee -> assignee.exists(false));
    }
    if (!scope.candidateGroups().isEmpty()) {
      List<String> groups = scope.candidateGroups().stream().sorted().toList();
      if (groups.size() == 1) {
        filter.candidateGroup(groups.get(0));
      } else {
        filter.candidateGroup(group -> group.in(groups));
      }
    }
    if (scope.candidateUser() != null) {
      filter.candidateUser(scope.candidateUser());
    }
    if (search.processId() != null) {
      filter.bpmnProcessId(search.processId());
    }
    if (search.dueFrom() != null || search.dueBefore() != null) {
      filter.dueDate(
          due -> {
            if (search.dueFrom() != null) {
              due.gte(search.dueFrom());
            }
            if (search.dueBefore() != null) {
              due.lt(search.dueBefore());
            }
          });
    }
    if (search.followUpFrom() != null || search.followUpBefore() != null) {
      filter.followUpDate(
          followUp -> {
            if (search.followUpFrom() != null) {
              followUp.gte(search.followUpFrom());
            }
            if (search.followUpBefore() != null) {
              followUp.lt(search.followUpBefore());
            }
          });
    }
    if (search.priorityAtLeast() != null) {
      filter.priority(priority -> priority.gte(search.priorityAtLeast()));
    }
    List<Consumer<VariableValueFilter>> variables = new ArrayList<>();
    search
        .variableLikes()
        .forEach(
            (name, text) ->
                variables.add(
                    variable -> variable.name(name).value(value -> value.like("*" + text + "*"))));
    search
        .variableEquals()
        .forEach((name, value) -> variables.add(variable -> variable.name(name).value(value)));
    if (!variables.isEmpty()) {
      filter.processInstanceVariables(variables);
    }
  }

  private static void order(UserTaskSort sort, TaskSearch search) {
    UserTaskSort field =
        switch (search.order()) {
          case CREATED -> sort.creationDate();
          case DUE -> sort.dueDate();
          case FOLLOW_UP -> sort.followUpDate();
          case PRIORITY -> sort.priority();
          case NAME -> sort.name();
          case COMPLETED -> sort.completionDate();
        };
    if (search.descending()) {
      field.desc();
    } else {
      field.asc();
    }
  }

  static UserTaskInfo toInfo(UserTask task) {
    return new UserTaskInfo(
        task.getUserTaskKey(),
        task.getName(),
        task.getElementId(),
        task.getState() == null ? null : task.getState().name(),
        task.getProcessName(),
        task.getBpmnProcessId(),
        task.getProcessDefinitionKey() == null ? 0 : task.getProcessDefinitionKey(),
        task.getProcessInstanceKey() == null ? 0 : task.getProcessInstanceKey(),
        task.getElementInstanceKey() == null ? 0 : task.getElementInstanceKey(),
        task.getAssignee(),
        task.getCandidateGroups(),
        task.getCandidateUsers(),
        task.getPriority(),
        task.getCreationDate(),
        task.getCompletionDate(),
        task.getDueDate(),
        task.getFollowUpDate(),
        task.getFormKey(),
        task.getExternalFormReference());
  }

  /** A variable's value for people: a string without its quotes, anything else as JSON. */
  private static String plainText(String json) {
    if (json == null) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(json);
      return node == null || node.isNull() ? null : node.isTextual() ? node.asText() : json;
    } catch (JsonProcessingException e) {
      return json;
    }
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
