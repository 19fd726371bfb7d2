package org.tongxing.engine.processing.instance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongxing.engine.api.EngineCommand.ModifyProcessInstance;
import org.tongxing.engine.api.EngineCommand.ModifyProcessInstance.ActivateInstruction;
import org.tongxing.engine.api.EngineCommand.ModifyProcessInstance.VariableInstruction;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.model.executable.ExecutableFlowElement;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableMultiInstanceBody;
import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * Process instance modification: the repair tool, and the basis of sending a case back to an
 * earlier step (退回). Activations come first, so a scope that gets a new element is not ended by the
 * terminations; then the terminations; a scope left with nothing in it ends too. An element whose
 * flow scope (a sub-process) has no active instance gets one created: activated with its input
 * mappings and boundary events, but without starting at its start event.
 */
public final class ModifyProcessInstanceProcessor
    implements CommandProcessor<ModifyProcessInstance> {

  private static final Set<BpmnElementType> NOT_ACTIVATABLE =
      Set.of(
          BpmnElementType.START_EVENT,
          BpmnElementType.BOUNDARY_EVENT,
          BpmnElementType.SEQUENCE_FLOW,
          BpmnElementType.PROCESS);

  private final BpmnBehaviors behaviors;

  public ModifyProcessInstanceProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  /**
   * @param scope the active instance the element (or its first missing scope) is activated in
   * @param missingScopes the flow scopes to create first, outermost first
   */
  private record Activation(
      ExecutableFlowNode element,
      ElementInstance scope,
      List<ExecutableFlowNode> missingScopes,
      ActivateInstruction instruction) {}

  @Override
  public void process(ModifyProcessInstance command, ProcessingContext context) {
    long key = command.processInstanceKey();
    ElementInstance process = context.state().elementInstances().get(key);
    if (process == null || process.value().bpmnElementType() != BpmnElementType.PROCESS) {
      throw context.reject(
          RejectionType.NOT_FOUND,
          "Expected to modify process instance '"
              + key
              + "', but no such active process instance was found");
    }
    ExecutableProcess executable =
        context.state().processes().getByKey(process.value().processDefinitionKey()).executable();
    List<String> problems = new ArrayList<>();
    List<Activation> activations = new ArrayList<>();
    for (ActivateInstruction instruction : command.activateInstructions()) {
      Activation activation = checkActivation(instruction, executable, process, problems, context);
      if (activation != null) {
        activations.add(activation);
      }
    }
    for (long terminate : command.terminateInstructions()) {
      ElementInstance instance = context.state().elementInstances().get(terminate);
      if (instance == null
          || instance.value().processInstanceKey() != key
          || instance.key() == key) {
        problems.add(
            "Expected to terminate element instance '"
                + terminate
                + "' of process instance '"
                + key
                + "', but it is not an active element instance"
                + " of it");
      }
    }
    if (!problems.isEmpty()) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected to modify process instance '" + key + "', but: " + String.join("; ", problems));
    }
    Map<String, ElementInstance> createdScopes = new LinkedHashMap<>();
    for (Activation activation : activations) {
      activate(activation, process, createdScopes, context);
    }
    for (long terminate : command.terminateInstructions()) {
      ElementInstance instance = context.state().elementInstances().get(terminate);
      if (instance == null) {
        continue; // ended with an ancestor terminated before it
      }
      long flowScope = instance.value().flowScopeKey();
      behaviors.termination().terminate(terminate, context);
      endEmptyScopes(flowScope, context);
    }
    context.respond(key);
  }

  private Activation checkActivation(
      ActivateInstruction instruction,
      ExecutableProcess executable,
      ElementInstance process,
      List<String> problems,
      ProcessingContext context) {
    ExecutableFlowElement element = executable.getElement(instruction.elementId());
    if (!(element instanceof ExecutableFlowNode node)) {
      problems.add(
          "Expected to activate element '"
              + instruction.elementId()
              + "', but the process has no such element");
      return null;
    }
    if (NOT_ACTIVATABLE.contains(node.getElementType())) {
      problems.add(
          "Expected to activate element '"
              + node.getId()
              + "', but a "
              + node.getElementType()
              + " cannot be activated by a modification");
      return null;
    }
    List<ExecutableFlowNode> missingScopes = new ArrayList<>();
    ExecutableFlowElement scopeElement = node.getFlowScope();
    while (scopeElement != null && scopeElement != executable) {
      if (scopeElement instanceof ExecutableMultiInstanceBody
          || scopeElement.getElementType() == BpmnElementType.MULTI_INSTANCE_BODY) {
        problems.add(
            "Expected to activate element '"
                + node.getId()
                + "', but it is inside a"
                + " multi-instance activity");
        return null;
      }
      List<ElementInstance> candidates = new ArrayList<>();
      collectActive(process.key(), scopeElement.getId(), candidates, context);
      long ancestorKey = instruction.ancestorElementInstanceKey();
      if (ancestorKey >= 0 && ancestorKey != process.key()) {
        candidates.removeIf(c -> c.key() != ancestorKey);
      }
      if (candidates.size() == 1) {
        return new Activation(node, candidates.get(0), missingScopes, instruction);
      }
      if (candidates.size() > 1) {
        problems.add(
            "Expected one active instance of '"
                + scopeElement.getId()
                + "' to activate element '"
                + node.getId()
                + "' in, but found "
                + candidates.size()
                + "; name the one to use as the ancestor element instance");
        return null;
      }
      if (ancestorKey >= 0
          && ancestorKey != process.key()
          && context.state().elementInstances().get(ancestorKey) == null) {
        problems.add(
            "Expected to activate element '"
                + node.getId()
                + "' in ancestor element"
                + " instance '"
                + ancestorKey
                + "', but it is not active");
        return null;
      }
      // no instance of this scope: it is created, in the next scope out
      missingScopes.add(0, (ExecutableFlowNode) scopeElement);
      scopeElement = scopeElement.getFlowScope();
    }
    return new Activation(node, process, missingScopes, instruction);
  }

  private void activate(
      Activation activation,
      ElementInstance process,
      Map<String, ElementInstance> createdScopes,
      ProcessingContext context) {
    ExecutableFlowNode element = activation.element();
    ElementInstance scope = activation.scope();
    List<ElementInstance> scopes = new ArrayList<>();
    for (ExecutableFlowNode missing : activation.missingScopes()) {
      // instructions of one modification share the scopes they create
      ElementInstance created = createdScopes.get(missing.getId());
      if (created == null) {
        created = createScope(missing, scope, context);
        createdScopes.put(missing.getId(), created);
      }
      scopes.add(created);
      scope = created;
    }
    Map<String, String> local = new LinkedHashMap<>();
    for (VariableInstruction variables : activation.instruction().variableInstructions()) {
      String scopeId = variables.scopeId() == null ? "" : variables.scopeId();
      if (scopeId.equals(element.getId())) {
        local.putAll(variables.variables());
      } else if (scopeId.isEmpty() || scopeId.equals(process.value().elementId())) {
        behaviors
            .variables()
            .mergeLocal(process.key(), variables.variables(), process.value(), context);
      } else {
        ElementInstance target =
            scopes.stream()
                .filter(created -> created.value().elementId().equals(scopeId))
                .findFirst()
                .orElse(scope);
        behaviors
            .variables()
            .mergeLocal(target.key(), variables.variables(), target.value(), context);
      }
    }
    context.followUp(
        new InternalCommand.ActivateElement(
            -1,
            element,
            scope.value().withElement(element.getId(), element.getElementType(), scope.key()),
            Map.of(),
            local));
  }

  /**
   * Creates an instance of a flow scope that the activated element needs: its input mappings and
   * event subscriptions apply, but nothing in it starts except the activated element.
   */
  private ElementInstance createScope(
      ExecutableFlowNode scopeElement, ElementInstance parent, ProcessingContext context) {
    long key = context.nextKey();
    var record =
        parent
            .value()
            .withElement(scopeElement.getId(), scopeElement.getElementType(), parent.key());
    context.appendEvent(key, ProcessInstanceIntent.ELEMENT_ACTIVATING, record);
    BpmnElementContext instance = new BpmnElementContext(key, record);
    if (!behaviors.variableMappings().applyInputMappings(scopeElement, instance, context)
        || !behaviors.eventSubscriptions().subscribe(scopeElement, instance, context)) {
      // nothing of the modification happens: the whole command is rolled back
      var incidents = context.state().incidents();
      String why =
          incidents.getElementIncidentKeys(key).stream()
              .map(incident -> incidents.get(incident).errorMessage())
              .findFirst()
              .orElse("");
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected to create an instance of"
              + " flow scope '"
              + scopeElement.getId()
              + "' to activate an element in, but: "
              + why);
    }
    context.appendEvent(key, ProcessInstanceIntent.ELEMENT_ACTIVATED, record);
    return context.state().elementInstances().get(key);
  }

  /**
   * A scope whose last element was terminated (and that waits for no token) ends too; one whose
   * elements all wait for canceling listeners to end their termination counts as empty.
   */
  private void endEmptyScopes(long scopeKey, ProcessingContext context) {
    ElementInstance scope = context.state().elementInstances().get(scopeKey);
    if (scope == null
        || scope.activeSequenceFlows() > 0
        || hasLiveChild(scope, context)
        || hasPendingActivation(scope.key(), context)) {
      return;
    }
    long parent = scope.value().flowScopeKey();
    behaviors.termination().terminate(scope.key(), context);
    if (parent >= 0) {
      endEmptyScopes(parent, context);
    }
  }

  private static boolean hasLiveChild(ElementInstance scope, ProcessingContext context) {
    var instances = context.state().elementInstances();
    return instances.getChildren(scope.key()).stream()
        .map(instances::get)
        .anyMatch(child -> child.state() != ProcessInstanceIntent.ELEMENT_TERMINATING);
  }

  /** Activations of this modification are follow-ups that have not run yet. */
  private static boolean hasPendingActivation(long scopeKey, ProcessingContext context) {
    return context.hasPendingActivationIn(scopeKey);
  }

  private static void collectActive(
      long instanceKey, String elementId, List<ElementInstance> found, ProcessingContext context) {
    for (long child : context.state().elementInstances().getChildren(instanceKey)) {
      ElementInstance instance = context.state().elementInstances().get(child);
      if (instance.value().elementId().equals(elementId) && instance.isActive()) {
        found.add(instance);
      }
      collectActive(child, elementId, found, context);
    }
  }
}
