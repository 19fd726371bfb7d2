package org.tongxing.engine.processing.instance;

import java.util.List;
import org.tongxing.engine.api.EngineCommand.CreateProcessInstance;
import org.tongxing.engine.api.ProcessInstanceCreated;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.behavior.VariableBehavior;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.state.immutable.DeployedProcess;

/** Starts a process instance at its none start event, with the given variables on its scope. */
public final class CreateProcessInstanceProcessor
    implements CommandProcessor<CreateProcessInstance> {

  private final VariableBehavior variables;

  public CreateProcessInstanceProcessor(VariableBehavior variables) {
    this.variables = variables;
  }

  @Override
  public void process(CreateProcessInstance command, ProcessingContext context) {
    DeployedProcess process = findProcess(command, context);
    ExecutableProcess executable = process.executable();
    List<ExecutableFlowNode> startElements = startElements(command, executable, context);
    if (startElements.isEmpty() && executable.getNoneStartEvent() == null) {
      throw context.reject(
          RejectionType.INVALID_STATE,
          "Expected to create an instance of process '"
              + process.record().bpmnProcessId()
              + "' at its none start event, but it has none");
    }
    long key = context.nextKey();
    var definition = process.record();
    ProcessInstanceRecord record =
        new ProcessInstanceRecord(
            definition.bpmnProcessId(),
            definition.version(),
            process.key(),
            key,
            definition.bpmnProcessId(),
            BpmnElementType.PROCESS,
            -1,
            -1,
            -1);
    variables.mergeLocal(key, command.variables(), record, context);
    if (startElements.isEmpty()) {
      ProcessStart.activate(key, executable, executable.getNoneStartEvent(), record, context);
    } else {
      ProcessStart.activate(key, executable, startElements, record, context);
    }
    context.respond(
        new ProcessInstanceCreated(
            key,
            process.key(),
            definition.bpmnProcessId(),
            definition.version(),
            command.awaitCompletion() ? context.awaitProcessEnd(key) : null));
  }

  /** Elements given to start at instead of the none start event: elements of the process. */
  private static List<ExecutableFlowNode> startElements(
      CreateProcessInstance command, ExecutableProcess executable, ProcessingContext context) {
    List<ExecutableFlowNode> elements = new java.util.ArrayList<>();
    for (String id :
        command.startElementIds() == null ? List.<String>of() : command.startElementIds()) {
      var element = executable.getElement(id);
      if (!(element instanceof ExecutableFlowNode node)
          || node.getFlowScope() != executable
          || node.getElementType() == BpmnElementType.BOUNDARY_EVENT) {
        throw context.reject(
            RejectionType.INVALID_ARGUMENT,
            "Expected to start the instance at element '"
                + id
                + "', but the process '"
                + executable.getId()
                + "' has no such element directly in it (elements in"
                + " sub-processes and boundary events cannot be started at)");
      }
      elements.add(node);
    }
    return elements;
  }

  private static DeployedProcess findProcess(
      CreateProcessInstance command, ProcessingContext context) {
    var processes = context.state().processes();
    if (command.processDefinitionKey() >= 0) {
      DeployedProcess process = processes.getByKey(command.processDefinitionKey());
      if (process == null) {
        throw context.reject(
            RejectionType.NOT_FOUND,
            "Expected to find process definition with key '"
                + command.processDefinitionKey()
                + "', but none found");
      }
      return process;
    }
    String id = command.bpmnProcessId();
    if (id == null || id.isBlank()) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected either a process definition id or key, but got neither");
    }
    DeployedProcess process =
        command.version() < 0
            ? processes.getLatest(id)
            : processes.getByIdAndVersion(id, command.version());
    if (process == null) {
      throw context.reject(
          RejectionType.NOT_FOUND,
          command.version() < 0
              ? "Expected to find process definition with process ID '" + id + "', but none found"
              : "Expected to find process definition with process ID '"
                  + id
                  + "' and version '"
                  + command.version()
                  + "', but none found");
    }
    return process;
  }
}
