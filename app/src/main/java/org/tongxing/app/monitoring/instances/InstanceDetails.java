package org.tongxing.app.monitoring.instances;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongxing.app.casehistory.CaseHistory;
import org.tongxing.app.casehistory.CaseHistoryEntry;
import org.tongxing.app.diagram.ProcessDiagramView;
import org.tongxing.app.diagram.ProcessPath;
import org.tongxing.app.diagram.ProcessPathReader;
import org.tongxing.app.monitoring.BureauSystems;
import org.tongxing.app.monitoring.CaseFacts;
import org.tongxing.app.monitoring.CaseNotFoundException;
import org.tongxing.app.monitoring.IdentityMask;
import org.tongxing.app.monitoring.IncidentReader;
import org.tongxing.app.monitoring.Moments;
import org.tongxing.app.monitoring.MonitoringProperties;
import org.tongxing.app.monitoring.ProcessModel;
import org.tongxing.app.monitoring.ProcessModels;
import org.tongxing.app.monitoring.SearchPaging;

/**
 * Assembles the instance page from the search side, through the client: the instance, its path on
 * the diagram, its element instances and user tasks (the steps, who held them), its variables, its
 * open incidents, and the case history (what people did).
 */
@Component
public class InstanceDetails {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MOST_STEPS = 5000;
  private static final int MOST_VARIABLES = 2000;

  /** Larger values are named, not shown. */
  private static final int DISPLAY_LIMIT = 4000;

  private static final Set<ElementInstanceType> NOT_STEPS =
      Set.of(
          ElementInstanceType.PROCESS,
          ElementInstanceType.SEQUENCE_FLOW,
          ElementInstanceType.MULTI_INSTANCE_BODY);

  private final CamundaClient client;
  private final ProcessModels models;
  private final ProcessPathReader paths;
  private final CaseFacts facts;
  private final CaseHistory history;
  private final IncidentReader incidents;
  private final BureauSystems bureaus;
  private final MonitoringProperties properties;
  private final MessageSource messages;

  public InstanceDetails(
      CamundaClient client,
      ProcessModels models,
      ProcessPathReader paths,
      CaseFacts facts,
      CaseHistory history,
      IncidentReader incidents,
      BureauSystems bureaus,
      MonitoringProperties properties,
      MessageSource messages) {
    this.client = client;
    this.models = models;
    this.paths = paths;
    this.facts = facts;
    this.history = history;
    this.incidents = incidents;
    this.bureaus = bureaus;
    this.properties = properties;
    this.messages = messages;
  }

  /** The instance, or a 404 when the search side does not know it. */
  public ProcessInstance instance(long key) {
    try {
      return client.newProcessInstanceGetRequest(key).execute();
    } catch (io.camunda.client.api.command.ClientHttpException e) {
      if (e.code() == 404) {
        throw new CaseNotFoundException("process instance", key);
      }
      throw e;
    }
  }

  public ProcessModel model(ProcessInstance instance) {
    return models.of(instance.getProcessDefinitionKey());
  }

  /** The case's element instances, oldest first. */
  public List<ElementInstance> elementInstances(long key) {
    return SearchPaging.upTo(
            MOST_STEPS,
            page ->
                client
                    .newElementInstanceSearchRequest()
                    .filter(filter -> filter.processInstanceKey(key))
                    .sort(sort -> sort.startDate().asc())
                    .page(page)
                    .execute())
        .items();
  }

  public List<UserTask> userTasks(long key) {
    return SearchPaging.upTo(
            MOST_STEPS,
            page ->
                client
                    .newUserTaskSearchRequest()
                    .filter(filter -> filter.processInstanceKey(key))
                    .sort(sort -> sort.creationDate().asc())
                    .page(page)
                    .execute())
        .items();
  }

  /** The process's own variables (not those of inner scopes), by name. */
  public Map<String, Variable> variables(long key) {
    Map<String, Variable> variables = new java.util.TreeMap<>();
    SearchPaging.upTo(
            MOST_VARIABLES,
            page ->
                client
                    .newVariableSearchRequest()
                    .filter(filter -> filter.processInstanceKey(key).scopeKey(key))
                    .page(page)
                    .execute())
        .items()
        .stream()
        .filter(variable -> Objects.equals(variable.getScopeKey(), key))
        .forEach(variable -> variables.put(variable.getName(), variable));
    return variables;
  }

  /** Completed tasks of the case, in flow order: where it can be sent back to. */
  public List<StepOption> moveTargets(ProcessModel model, List<ElementInstance> steps) {
    Set<String> done = new HashSet<>();
    steps.stream()
        .filter(step -> step.getState() == ElementInstanceState.COMPLETED)
        .forEach(step -> done.add(step.getElementId()));
    return model.steps().stream()
        .filter(step -> step.isTask() && done.contains(step.id()))
        .map(step -> new StepOption(step.id(), step.displayName(), -1))
        .toList();
  }

  /**
   * The active steps at the process's top level (a sub-process counts as one): what a move back
   * ends. Inner steps end with their sub-process.
   */
  public List<StepOption> activeSteps(ProcessModel model, List<ElementInstance> steps) {
    return steps.stream()
        .filter(step -> step.getState() == ElementInstanceState.ACTIVE)
        .filter(step -> !NOT_STEPS.contains(step.getType()))
        .filter(step -> model.step(step.getElementId()).map(s -> s.scopeId() == null).orElse(true))
        .map(
            step ->
                new StepOption(
                    step.getElementId(),
                    model.nameOf(step.getElementId()),
                    step.getElementInstanceKey()))
        .toList();
  }

  public InstanceView assemble(long key, boolean unmasked, boolean mayUnmask, Locale locale) {
    ProcessInstance instance = instance(key);
    ProcessModel model = model(instance);
    Moments moments = new Moments(properties.timeZone(), locale);
    List<ElementInstance> steps = elementInstances(key);
    List<UserTask> tasks = userTasks(key);
    ProcessPath path = paths.read(key);
    CaseFacts.Facts fact = facts.of(key);
    List<IncidentRow> openIncidents = incidentRows(instance, model, fact, moments);
    List<StepOption> active = activeSteps(model, steps);
    String label =
        active.isEmpty()
            ? messages.getMessage(
                "monitoring.instance.diagramLabel.done", new Object[] {model.displayName()}, locale)
            : messages.getMessage(
                "diagram.label.currentStep",
                new Object[] {String.join("、", active.stream().map(StepOption::name).toList())},
                locale);
    return new InstanceView(
        key,
        instance.getProcessDefinitionKey(),
        instance.getProcessDefinitionId(),
        model.displayName(),
        instance.getProcessDefinitionVersion() == null ? 0 : instance.getProcessDefinitionVersion(),
        instance.getState() == null ? "" : instance.getState().name(),
        Boolean.TRUE.equals(instance.getHasIncident()),
        moments.time(instance.getStartDate()),
        moments.time(instance.getEndDate()),
        fact.caseNumber(),
        shown(fact.applicant(), unmasked),
        fact.employer(),
        fact.county(),
        ProcessDiagramView.of(instance.getProcessDefinitionKey(), path, label),
        outline(model, path),
        timeline(model, steps, tasks, history.ofProcessInstance(key), unmasked, moments),
        variableRows(variables(key), unmasked),
        openIncidents,
        instance.getState() != null && instance.getState().name().equals("ACTIVE")
            ? moveTargets(model, steps)
            : List.of(),
        active,
        unmasked,
        mayUnmask);
  }

  private static String shown(String text, boolean unmasked) {
    return unmasked ? text : IdentityMask.mask(text);
  }

  private static List<OutlineStep> outline(ProcessModel model, ProcessPath path) {
    List<OutlineStep> outline = new ArrayList<>();
    for (ProcessModel.Step step : model.steps()) {
      String mark =
          path.incidentElementIds().contains(step.id())
              ? "incident"
              : path.activeElementIds().contains(step.id())
                  ? "active"
                  : path.completedElementIds().contains(step.id()) ? "completed" : "none";
      outline.add(
          new OutlineStep(
              step.displayName(),
              step.type(),
              mark,
              step.candidateGroups(),
              step.next(),
              step.policyClause()));
    }
    return outline;
  }

  /** Steps and people's actions, in the order they happened. */
  List<TimelineEntry> timeline(
      ProcessModel model,
      List<ElementInstance> steps,
      List<UserTask> tasks,
      List<CaseHistoryEntry> actions,
      boolean unmasked,
      Moments moments) {
    Map<Long, UserTask> tasksByElementInstance = new HashMap<>();
    tasks.forEach(task -> tasksByElementInstance.put(task.getElementInstanceKey(), task));
    OffsetDateTime now = OffsetDateTime.now();
    List<TimelineEntry> entries = new ArrayList<>();
    for (ElementInstance step : steps) {
      if (NOT_STEPS.contains(step.getType())) {
        continue;
      }
      UserTask task = tasksByElementInstance.get(step.getElementInstanceKey());
      String state = step.getState() == null ? "" : step.getState().name();
      boolean open = step.getState() == ElementInstanceState.ACTIVE;
      OffsetDateTime due = task == null ? null : task.getDueDate();
      Duration took =
          step.getStartDate() == null
              ? null
              : Duration.between(
                  step.getStartDate(), step.getEndDate() == null ? now : step.getEndDate());
      entries.add(
          new TimelineEntry(
              step.getStartDate(),
              true,
              model
                  .step(step.getElementId())
                  .map(ProcessModel.Step::type)
                  .orElse(step.getType() == null ? "" : step.getType().name()),
              model.nameOf(step.getElementId()),
              state,
              Boolean.TRUE.equals(step.getIncident()),
              moments.time(step.getStartDate()),
              moments.time(step.getEndDate()),
              moments.duration(took),
              task == null ? null : task.getAssignee(),
              task == null || task.getCandidateGroups() == null
                  ? List.of()
                  : task.getCandidateGroups(),
              moments.time(due),
              open && due != null && due.isBefore(now),
              null));
    }
    for (CaseHistoryEntry action : actions) {
      String actor = action.actorName() != null ? action.actorName() : action.actor();
      String opinion =
          action.opinion() == null
              ? null
              : unmasked ? action.opinion() : IdentityMask.mask(action.opinion());
      entries.add(
          new TimelineEntry(
              action.occurredAt(),
              false,
              action.action().name(),
              action.elementName() != null
                  ? action.elementName()
                  : action.elementId() == null ? null : model.nameOf(action.elementId()),
              null,
              false,
              moments.time(action.occurredAt()),
              null,
              null,
              actor,
              action.target() == null ? List.of() : List.of(action.target()),
              null,
              false,
              opinion));
    }
    entries.sort(
        Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.naturalOrder())));
    return entries;
  }

  private static List<VariableRow> variableRows(Map<String, Variable> variables, boolean unmasked) {
    List<VariableRow> rows = new ArrayList<>();
    for (Variable variable : variables.values()) {
      String value = variable.getValue() == null ? "null" : variable.getValue();
      boolean holdsId = IdentityMask.containsIdNumber(value);
      if (Boolean.TRUE.equals(variable.isTruncated()) || value.length() > DISPLAY_LIMIT) {
        rows.add(new VariableRow(variable.getName(), null, false, holdsId));
        continue;
      }
      String text = value;
      boolean structured = false;
      try {
        JsonNode node = JSON.readTree(value);
        structured = node.isContainerNode();
        text = structured ? node.toPrettyString() : node.isNull() ? "" : node.asText();
      } catch (Exception notJson) {
        // shown as it is
      }
      rows.add(
          new VariableRow(
              variable.getName(), unmasked ? text : IdentityMask.mask(text), structured, holdsId));
    }
    return rows;
  }

  private List<IncidentRow> incidentRows(
      ProcessInstance instance, ProcessModel model, CaseFacts.Facts fact, Moments moments) {
    List<IncidentRow> rows = new ArrayList<>();
    for (IncidentReader.Failure failure :
        incidents.open(filter -> filter.processInstanceKey(instance.getProcessInstanceKey()))) {
      rows.add(
          incidentRow(failure, model.displayName(), fact.caseNumber(), model, bureaus, moments));
    }
    return rows;
  }

  /** One incident as the pages show it. */
  public static IncidentRow incidentRow(
      IncidentReader.Failure failure,
      String processName,
      String caseNumber,
      ProcessModel model,
      BureauSystems bureaus,
      Moments moments) {
    var incident = failure.incident();
    var job = failure.job();
    String message = incident.getErrorMessage();
    if ((message == null || message.isBlank()) && job != null) {
      message = job.getErrorMessage();
    }
    return new IncidentRow(
        incident.getIncidentKey(),
        incident.getProcessInstanceKey(),
        processName,
        caseNumber,
        incident.getElementId(),
        model == null ? incident.getElementId() : model.nameOf(incident.getElementId()),
        incident.getErrorType() == null ? "" : incident.getErrorType().name(),
        IdentityMask.mask(message),
        job == null ? null : job.getType(),
        job == null ? null : bureaus.ofJobType(job.getType()),
        job == null ? null : job.getRetries(),
        moments.time(incident.getCreationTime()));
  }

  /** The variables as a name → JSON text map, for the history of a change. */
  static Map<String, String> asTexts(Map<String, Variable> variables) {
    Map<String, String> texts = new LinkedHashMap<>();
    variables.forEach((name, variable) -> texts.put(name, variable.getValue()));
    return texts;
  }
}
