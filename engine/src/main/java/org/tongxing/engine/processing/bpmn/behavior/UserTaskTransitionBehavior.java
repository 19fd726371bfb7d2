package org.tongxing.engine.processing.bpmn.behavior;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.EngineCommand.Corrections;
import org.tongxing.engine.api.EngineCommand.UserTaskJobResult;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.model.executable.ExecutableUserTask;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.record.JobRecord;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.record.VariableDocumentIntent;
import org.tongxing.engine.record.VariableDocumentRecord;
import org.tongxing.engine.state.immutable.ElementInstance;
import org.tongxing.engine.state.immutable.UserTaskState.Transition;

/**
 * A user task's lifecycle: creating, assigning, updating, completing and canceling it. An event
 * without task listeners of its kind changes the task at once (CREATED, ASSIGNED, ...). With
 * listeners it is a transition: its start event holds the requested change, each listener's job
 * runs in turn and may correct the change or (assigning, updating, completing) deny it; after the
 * last one the change applies, corrections included. A denial leaves the task as it was.
 *
 * <p>Possible actions of a command that starts a transition: answer at once (no listeners), or once
 * the transition ends ({@link ProcessingContext#respondWhenTransitionEnds}): with the task's key,
 * or refused with the denial.
 */
public final class UserTaskTransitionBehavior {

  /** The changed attribute of an update that sets variables on the task's element instance. */
  public static final String VARIABLES = "variables";

  private final TaskListenerBehavior listeners;
  private final BpmnStateTransitionBehavior stateTransitions;
  private final VariableMappingBehavior variableMappings;
  private final VariableBehavior variables;

  public UserTaskTransitionBehavior(
      TaskListenerBehavior listeners,
      BpmnStateTransitionBehavior stateTransitions,
      VariableMappingBehavior variableMappings,
      VariableBehavior variables) {
    this.listeners = listeners;
    this.stateTransitions = stateTransitions;
    this.variableMappings = variableMappings;
    this.variables = variables;
  }

  /**
   * Creates the task, at once or after its creating listeners; then the element is ACTIVATED and
   * the task assigned to the assignee the process names, if any.
   *
   * @param task the task as the model makes it, with its initial assignee
   */
  public void create(
      ExecutableUserTask element,
      UserTaskRecord task,
      BpmnElementContext instance,
      ProcessingContext context) {
    if (TaskListenerBehavior.hasListeners(element, UserTaskIntent.CREATING)) {
      context.appendEvent(task.userTaskKey(), UserTaskIntent.CREATING, task);
      continueTransition(task.userTaskKey(), context);
      return;
    }
    finishCreation(element, task, task.assignee(), instance, context);
  }

  /** Assigns (or with an empty assignee unassigns); true when its listeners run first. */
  public boolean assign(
      UserTaskRecord task, String assignee, String action, ProcessingContext context) {
    return applyOrStart(
        UserTaskIntent.ASSIGNING,
        UserTaskIntent.ASSIGNED,
        task.withAssignee(assignee, action).withChangedAttributes(List.of(UserTaskRecord.ASSIGNEE)),
        context);
  }

  /**
   * Changes the task's schedule, candidates or priority; true when its listeners run first.
   *
   * @param updated the task with the changes, its changed attributes naming those requested
   */
  public boolean update(UserTaskRecord updated, ProcessingContext context) {
    return applyOrStart(UserTaskIntent.UPDATING, UserTaskIntent.UPDATED, updated, context);
  }

  /**
   * Variables set on the task's element instance are an update of the task when it has updating
   * listeners: they are kept until those ran, then set (or dropped on a denial). True when the
   * listeners run first; false when the task has none (set the variables at once).
   */
  public boolean updateVariables(
      UserTaskRecord task, VariableDocumentRecord document, ProcessingContext context) {
    if (!TaskListenerBehavior.hasListeners(element(task, context), UserTaskIntent.UPDATING)) {
      return false;
    }
    context.appendEvent(context.nextKey(), VariableDocumentIntent.UPDATING, document);
    context.appendEvent(
        task.userTaskKey(),
        UserTaskIntent.UPDATING,
        task.withCompletion(JsonValues.toJsonObject(document.variables()), "update")
            .withChangedAttributes(List.of(VARIABLES)));
    continueTransition(task.userTaskKey(), context);
    return true;
  }

  /** Completes the task with variables; true when its listeners run first. */
  public boolean complete(
      UserTaskRecord task,
      Map<String, String> variables,
      String action,
      ProcessingContext context) {
    UserTaskRecord completing =
        task.withCompletion(JsonValues.toJsonObject(variables), action)
            .withChangedAttributes(List.of());
    if (TaskListenerBehavior.hasListeners(element(task, context), UserTaskIntent.COMPLETING)) {
      context.appendEvent(task.userTaskKey(), UserTaskIntent.COMPLETING, completing);
      continueTransition(task.userTaskKey(), context);
      return true;
    }
    finishCompletion(completing, variables, context);
    return false;
  }

  /**
   * Cancels the task of a terminating element; false when its canceling listeners run first (the
   * element then stays TERMINATING until {@link InternalCommand.CompleteTermination}). A command
   * whose transition was running is refused: the task is gone.
   */
  public boolean cancel(long userTaskKey, ProcessingContext context) {
    UserTaskRecord task = context.state().userTasks().get(userTaskKey);
    if (task == null) {
      return true;
    }
    Transition running = context.state().userTasks().getTransition(userTaskKey);
    if (running != null && running.event() != UserTaskIntent.CREATING) {
      context.transitionEnded(
          userTaskKey,
          null,
          new CommandRejectedException(
              RejectionType.INVALID_STATE,
              "Expected to "
                  + verb(running.event())
                  + " user task"
                  + " with key '"
                  + userTaskKey
                  + "', but it was canceled while its "
                  + TaskListenerBehavior.eventType(running.event())
                      .name()
                      .toLowerCase(java.util.Locale.ROOT)
                  + " listeners ran"));
    }
    UserTaskRecord canceling = task.withCompletion("{}", "").withChangedAttributes(List.of());
    if (!TaskListenerBehavior.hasListeners(element(task, context), UserTaskIntent.CANCELING)) {
      context.appendEvent(userTaskKey, UserTaskIntent.CANCELED, task);
      return true;
    }
    context.appendEvent(userTaskKey, UserTaskIntent.CANCELING, canceling);
    continueTransition(userTaskKey, context);
    return false;
  }

  /** Is a transition of the element's user task running (its listeners, or an incident)? */
  public static boolean isRunning(ElementInstance instance, ProcessingContext context) {
    return instance.userTaskKey() >= 0
        && context.state().userTasks().getTransition(instance.userTaskKey()) != null;
  }

  /**
   * Goes on with the transition of the element's user task: the next listener's job, or the end of
   * the transition. After a listener's job completed, and after an incident of the transition was
   * resolved (the listener that failed runs again; those before it do not).
   */
  public void resume(ElementInstance instance, ProcessingContext context) {
    continueTransition(instance.userTaskKey(), context);
  }

  /**
   * Checks a task listener's job completion before anything of it is written: no variables, a
   * denial only where the event can be denied, corrections of the right shape.
   */
  public static void checkListenerCompletion(
      long jobKey,
      JobRecord job,
      Map<String, String> variables,
      UserTaskJobResult result,
      ProcessingContext context) {
    String which =
        "task listener job with key '"
            + jobKey
            + "' ("
            + job.listenerEventType()
            + " listener of job type '"
            + job.type()
            + "' on user task '"
            + job.elementId()
            + "')";
    if (!variables.isEmpty()) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected to complete "
              + which
              + " without variables, but got "
              + variables.keySet()
              + ": task listeners cannot set"
              + " variables; correct the task's attributes with the job result instead");
    }
    if (result == null) {
      return;
    }
    ElementInstance instance = context.state().elementInstances().get(job.elementInstanceKey());
    Transition transition =
        instance == null ? null : context.state().userTasks().getTransition(instance.userTaskKey());
    if (transition == null) {
      return;
    }
    UserTaskIntent event = transition.event();
    if (result.denied()
        && (event == UserTaskIntent.CREATING || event == UserTaskIntent.CANCELING)) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected to complete "
              + which
              + " without denying, but it denies: the "
              + (event == UserTaskIntent.CREATING ? "creation" : "cancelation")
              + " of a user task cannot be denied");
    }
    if (result.denied()) {
      return; // the transition does not happen: its corrections do not matter
    }
    Corrections corrections = result.corrections();
    if (event == UserTaskIntent.CREATING
        && corrections.assignee() != null
        && !transition.base().assignee().isEmpty()) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected to complete "
              + which
              + " without correcting the assignee, but it corrects it to '"
              + corrections.assignee()
              + "' while the process assigns the task to '"
              + transition.base().assignee()
              + "': correct the assignee in an assigning listener");
    }
    if (corrections.priority() != null
        && (corrections.priority() < 0 || corrections.priority() > 100)) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected to complete "
              + which
              + " with a corrected priority in the range [0,100], but it was '"
              + corrections.priority()
              + "'");
    }
    checkDate(corrections.dueDate(), "dueDate", which, context);
    checkDate(corrections.followUpDate(), "followUpDate", which, context);
  }

  /**
   * A task listener's job completed (its COMPLETED event is written, which counted it): the
   * transition is denied, or goes on with the corrections.
   */
  public void onListenerJobCompleted(
      JobRecord job, UserTaskJobResult result, ProcessingContext context) {
    ElementInstance instance = context.state().elementInstances().get(job.elementInstanceKey());
    if (instance == null) {
      return;
    }
    long userTaskKey = instance.userTaskKey();
    Transition transition = context.state().userTasks().getTransition(userTaskKey);
    if (transition == null) {
      return;
    }
    if (result != null && result.denied()) {
      deny(transition, result.deniedReason(), context);
      return;
    }
    if (result != null && !result.corrections().isEmpty()) {
      UserTaskRecord corrected = corrected(transition.intermediate(), result.corrections());
      context.appendEvent(
          userTaskKey,
          UserTaskIntent.CORRECTED,
          corrected.withChangedAttributes(changedAttributes(transition, corrected)));
    }
    continueTransition(userTaskKey, context);
  }

  private boolean applyOrStart(
      UserTaskIntent start, UserTaskIntent end, UserTaskRecord changed, ProcessingContext context) {
    if (!TaskListenerBehavior.hasListeners(element(changed, context), start)) {
      context.appendEvent(changed.userTaskKey(), end, changed);
      return false;
    }
    context.appendEvent(changed.userTaskKey(), start, changed);
    continueTransition(changed.userTaskKey(), context);
    return true;
  }

  private void continueTransition(long userTaskKey, ProcessingContext context) {
    Transition transition = context.state().userTasks().getTransition(userTaskKey);
    ElementInstance instance =
        transition == null
            ? null
            : context.state().elementInstances().get(transition.base().elementInstanceKey());
    if (instance == null) {
      return;
    }
    ExecutableUserTask element = element(transition.base(), context);
    BpmnElementContext elementContext = new BpmnElementContext(instance.key(), instance.value());
    if (!listeners.listenersCompleted(
        element, transition.event(), transition.completedListeners(), elementContext, context)) {
      return;
    }
    UserTaskRecord done =
        transition
            .intermediate()
            .withChangedAttributes(changedAttributes(transition, transition.intermediate()));
    switch (transition.event()) {
      case CREATING ->
          finishCreation(element, done, transition.base().assignee(), elementContext, context);
      case ASSIGNING, UPDATING -> {
        context.appendEvent(
            userTaskKey,
            transition.event() == UserTaskIntent.ASSIGNING
                ? UserTaskIntent.ASSIGNED
                : UserTaskIntent.UPDATED,
            done);
        endVariableUpdate(transition, VariableDocumentIntent.UPDATED, context);
        context.transitionEnded(userTaskKey, userTaskKey, null);
      }
      case COMPLETING -> {
        finishCompletion(done, JsonValues.parseObject(done.variables()), context);
        context.transitionEnded(userTaskKey, userTaskKey, null);
      }
      case CANCELING -> {
        context.appendEvent(userTaskKey, UserTaskIntent.CANCELED, done);
        context.followUp(new InternalCommand.CompleteTermination(instance.key()));
      }
      default ->
          throw new IllegalStateException(
              "Expected a user task transition, but got " + transition.event());
    }
  }

  /**
   * The task exists: the element is activated, then the process's assignee (not a creating
   * listener's correction, which may only set one when the process names none) is assigned through
   * the assigning listeners.
   */
  private void finishCreation(
      ExecutableUserTask element,
      UserTaskRecord created,
      String initialAssignee,
      BpmnElementContext instance,
      ProcessingContext context) {
    UserTaskRecord task =
        initialAssignee.isEmpty() ? created : created.withAssignee("", created.action());
    context.appendEvent(task.userTaskKey(), UserTaskIntent.CREATED, task);
    stateTransitions.transitionToActivated(instance, context);
    if (!initialAssignee.isEmpty()) {
      assign(task, initialAssignee, "assign", context);
    }
  }

  /** An update that set variables sets them now (UPDATED), or drops them (UPDATE_DENIED). */
  private void endVariableUpdate(
      Transition transition, VariableDocumentIntent end, ProcessingContext context) {
    if (!transition.requested().contains(VARIABLES)) {
      return;
    }
    VariableDocumentRecord document =
        context.state().variables().getPendingDocument(transition.base().elementInstanceKey());
    ElementInstance scope =
        document == null ? null : context.state().elementInstances().get(document.scopeKey());
    if (scope == null) {
      return;
    }
    context.appendEvent(context.nextKey(), end, document);
    if (end == VariableDocumentIntent.UPDATED && document.local()) {
      variables.mergeLocal(scope.key(), document.variables(), scope.value(), context);
    } else if (end == VariableDocumentIntent.UPDATED) {
      variables.mergePropagating(scope.key(), document.variables(), scope.value(), context);
    }
  }

  /** The task is done: its variables arrive at its element, which completes. */
  private void finishCompletion(
      UserTaskRecord completed, Map<String, String> variables, ProcessingContext context) {
    context.appendEvent(completed.userTaskKey(), UserTaskIntent.COMPLETED, completed);
    ElementInstance instance =
        context.state().elementInstances().get(completed.elementInstanceKey());
    if (instance == null) {
      return;
    }
    variableMappings.applyCompletionVariables(
        element(completed, context),
        new BpmnElementContext(instance.key(), instance.value()),
        variables,
        context);
    context.followUp(new InternalCommand.CompleteElement(instance.key()));
  }

  /**
   * A listener denied the transition: the task stays as it was, and the command that asked for it
   * is refused. The message is the one a Camunda 8 cluster gives, so a caller can show the reason
   * on either runtime.
   */
  private void deny(Transition transition, String reason, ProcessingContext context) {
    long userTaskKey = transition.base().userTaskKey();
    UserTaskIntent denied;
    String what;
    switch (transition.event()) {
      case ASSIGNING -> {
        denied = UserTaskIntent.ASSIGNMENT_DENIED;
        what = "Assignment";
      }
      case UPDATING -> {
        denied = UserTaskIntent.UPDATE_DENIED;
        what = "Update";
      }
      default -> {
        denied = UserTaskIntent.COMPLETION_DENIED;
        what = "Completion";
      }
    }
    context.appendEvent(
        userTaskKey,
        denied,
        transition.base().withDeniedReason(reason).withChangedAttributes(List.of()));
    endVariableUpdate(transition, VariableDocumentIntent.UPDATE_DENIED, context);
    context.transitionEnded(
        userTaskKey,
        null,
        new CommandRejectedException(
            RejectionType.INVALID_STATE,
            what
                + " of the User Task with key '"
                + userTaskKey
                + "' was denied by Task Listener. Reason to deny: '"
                + reason
                + "'"));
  }

  /**
   * What the transition changes: what its command asked for, and whatever the listeners'
   * corrections made different from the task before it (a correction back to the old value changes
   * nothing).
   */
  private static List<String> changedAttributes(Transition transition, UserTaskRecord task) {
    Set<String> changed = new LinkedHashSet<>(transition.requested());
    changed.addAll(task.differencesFrom(transition.base()));
    List<String> ordered = new ArrayList<>();
    for (String attribute :
        List.of(
            UserTaskRecord.ASSIGNEE,
            UserTaskRecord.CANDIDATE_GROUPS,
            UserTaskRecord.CANDIDATE_USERS,
            UserTaskRecord.DUE_DATE,
            UserTaskRecord.FOLLOW_UP_DATE,
            UserTaskRecord.PRIORITY,
            VARIABLES)) {
      if (changed.contains(attribute)) {
        ordered.add(attribute);
      }
    }
    return ordered;
  }

  private static UserTaskRecord corrected(UserTaskRecord task, Corrections corrections) {
    UserTaskRecord corrected =
        task.withChanges(
            date(corrections.dueDate(), task.dueDate()),
            date(corrections.followUpDate(), task.followUpDate()),
            corrections.candidateGroups() == null
                ? task.candidateGroups()
                : List.copyOf(corrections.candidateGroups()),
            corrections.candidateUsers() == null
                ? task.candidateUsers()
                : List.copyOf(corrections.candidateUsers()),
            corrections.priority() == null ? task.priority() : corrections.priority(),
            task.action());
    return corrections.assignee() == null
        ? corrected
        : corrected.withAssignee(corrections.assignee(), task.action());
  }

  private static String date(String correction, String current) {
    if (correction == null) {
      return current;
    }
    return correction.isEmpty() ? "" : java.time.OffsetDateTime.parse(correction).toString();
  }

  private static void checkDate(
      String date, String field, String which, ProcessingContext context) {
    if (date == null || date.isEmpty()) {
      return;
    }
    try {
      java.time.OffsetDateTime.parse(date);
    } catch (java.time.format.DateTimeParseException e) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected to complete "
              + which
              + " with a corrected "
              + field
              + " that is an ISO 8601 date-time with offset, but"
              + " got '"
              + date
              + "'");
    }
  }

  private static String verb(UserTaskIntent transition) {
    return switch (transition) {
      case ASSIGNING -> "assign";
      case UPDATING -> "update";
      default -> "complete";
    };
  }

  private static ExecutableUserTask element(UserTaskRecord task, ProcessingContext context) {
    return (ExecutableUserTask)
        context
            .state()
            .processes()
            .getByKey(task.processDefinitionKey())
            .executable()
            .getFlowNode(task.elementId(), org.tongxing.engine.record.BpmnElementType.USER_TASK);
  }
}
