package org.tongxing.engine.model.transform;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperty;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.camunda.bpm.model.xml.validation.ValidationResults;
import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.feel.ExpressionLanguage;
import org.tongxing.engine.model.executable.ExecutableFlowElement;
import org.tongxing.engine.model.executable.ExecutableFlowElementContainer;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.model.executable.ExecutableSequenceFlow;
import org.tongxing.engine.model.executable.VariableMapping;
import org.tongxing.engine.record.BpmnElementType;

/**
 * Turns a BPMN resource into executable processes, or into the complete list of what is wrong with
 * it: the model API's schema and Zeebe design-time validation, FEEL syntax, and elements the engine
 * does not run.
 */
public final class BpmnTransformer {

  private final ExpressionLanguage expressionLanguage;
  private final FlowNodeTransformers nodeTransformers = new FlowNodeTransformers();

  public BpmnTransformer(ExpressionLanguage expressionLanguage) {
    this.expressionLanguage = expressionLanguage;
  }

  public TransformResult transform(byte[] resource) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource));
    } catch (ModelException e) {
      return invalid(
          "Expected a BPMN 2.0 XML document, but it could not be parsed: " + rootCauseMessage(e));
    }
    List<String> problems = new ArrayList<>(validate(model));
    List<Process> executables =
        model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
    if (executables.isEmpty()) {
      problems.add(
          "Expected at least one executable process (isExecutable=\"true\"), but found none");
    }
    List<ExecutableProcess> processes = new ArrayList<>();
    for (Process process : executables) {
      TransformContext context =
          new TransformContext(
              expressionLanguage, new ExecutableProcess(process.getId(), process.getName()));
      transformProcess(process, context);
      problems.addAll(context.problems());
      processes.add(context.process());
    }
    return problems.isEmpty() ? new TransformResult(processes, List.of()) : invalid(problems);
  }

  private static List<String> validate(BpmnModelInstance model) {
    ValidationResults results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<ModelElementInstance, List<ValidationResult>> entry :
        results.getResults().entrySet()) {
      for (ValidationResult result : entry.getValue()) {
        if (result.getType() == ValidationResultType.ERROR) {
          problems.add("Element '" + describe(entry.getKey()) + "': " + result.getMessage());
        }
      }
    }
    return problems;
  }

  private void transformProcess(Process process, TransformContext context) {
    ExecutableProcess executable = context.process();
    executable.setProperties(properties(process));
    ExecutionListenerTransformer.transform(process, executable, context);
    transformScope(process.getFlowElements(), executable, context);
    nodeTransformers.afterFlows(process, context);
    if (executable.getStartEvents().isEmpty() && context.problems().isEmpty()) {
      context.problem(
          process.getId(), "Expected at least one start event, but the process has" + " none");
    }
  }

  /**
   * Transforms the elements of a process or sub-process into the given scope; sub-processes recurse
   * into their own elements.
   */
  private void transformScope(
      java.util.Collection<FlowElement> elements,
      ExecutableFlowElementContainer scope,
      TransformContext context) {
    List<SequenceFlow> flows = new ArrayList<>();
    for (FlowElement element : elements) {
      if (element instanceof SequenceFlow flow) {
        flows.add(flow);
      } else if (element instanceof FlowNode node) {
        ExecutableFlowNode transformed = nodeTransformers.transform(node, context);
        if (transformed != null) {
          transformed.setFlowScope(scope);
          transformed.setProperties(properties(node));
          transformIoMappings(node, transformed, context);
          ExecutionListenerTransformer.transform(node, transformed, context);
          ExecutableFlowNode inFlow = MultiInstanceTransformer.wrap(node, transformed, context);
          inFlow.setFlowScope(scope);
          context.process().addElement(inFlow);
          if (transformed.getElementType() == BpmnElementType.START_EVENT) {
            scope.getStartEvents().add(transformed);
          }
          if (node instanceof SubProcess subProcess
              && transformed instanceof ExecutableFlowElementContainer container) {
            transformScope(subProcess.getFlowElements(), container, context);
            checkStartEvents(subProcess, container, scope, context);
          }
        }
      }
    }
    for (SequenceFlow flow : flows) {
      transformSequenceFlow(flow, scope, context);
    }
  }

  /**
   * An embedded sub-process starts at its none start event; an event sub-process at its one start
   * event with an event definition, and is registered with its scope instead of the flow.
   */
  private static void checkStartEvents(
      SubProcess subProcess,
      ExecutableFlowElementContainer container,
      ExecutableFlowElementContainer scope,
      TransformContext context) {
    if (subProcess
            .getChildElementsByType(io.camunda.zeebe.model.bpmn.instance.StartEvent.class)
            .size()
        != container.getStartEvents().size()) {
      return; // a start event was refused: its problem is reported already
    }
    if (container.getElementType() == BpmnElementType.EVENT_SUB_PROCESS) {
      if (container.getStartEvents().size() != 1 || container.getEventStartEvent() == null) {
        context.problem(
            subProcess.getId(),
            "Expected an event sub-process to have exactly one"
                + " start event with an event definition, but it has "
                + container.getStartEvents().size()
                + " start events");
        return;
      }
      scope.getEventSubProcesses().add(container);
    } else if (container.getNoneStartEvent() == null) {
      context.problem(
          subProcess.getId(),
          "Expected the sub-process to have a none start event, but it has none");
    }
  }

  private void transformSequenceFlow(
      SequenceFlow flow, ExecutableFlowElementContainer scope, TransformContext context) {
    ExecutableSequenceFlow executable = new ExecutableSequenceFlow(flow.getId(), flow.getName());
    ExecutableFlowElement source = context.process().getElement(flow.getSource().getId());
    ExecutableFlowElement target = context.process().getElement(flow.getTarget().getId());
    if (!(source instanceof ExecutableFlowNode sourceNode)
        || !(target instanceof ExecutableFlowNode targetNode)) {
      return; // the source or target was refused already; its problem is reported
    }
    executable.setSource(sourceNode);
    executable.setTarget(targetNode);
    executable.setFlowScope(scope);
    executable.setProperties(properties(flow));
    if (flow.getConditionExpression() != null) {
      executable.setCondition(
          context.feelAttribute(
              flow.getId(), "conditionExpression", flow.getConditionExpression().getTextContent()));
    }
    sourceNode.getOutgoing().add(executable);
    targetNode.getIncoming().add(executable);
    context.process().addElement(executable);
  }

  private static void transformIoMappings(
      FlowNode node, ExecutableFlowNode executable, TransformContext context) {
    ZeebeIoMapping ioMapping = node.getSingleExtensionElement(ZeebeIoMapping.class);
    if (ioMapping == null) {
      return;
    }
    executable.setInputMappings(mappings(node.getId(), ioMapping.getInputs(), context));
    executable.setOutputMappings(mappings(node.getId(), ioMapping.getOutputs(), context));
  }

  private static List<VariableMapping> mappings(
      String elementId,
      java.util.Collection<? extends ZeebeMapping> mappings,
      TransformContext context) {
    List<VariableMapping> result = new ArrayList<>();
    for (ZeebeMapping mapping : mappings) {
      Expression source = context.attribute(elementId, "mapping source", mapping.getSource());
      if (source == null) {
        source = new Expression("", null);
      }
      result.add(new VariableMapping(source, mapping.getTarget()));
    }
    return result;
  }

  private static Map<String, String> properties(BaseElement element) {
    ZeebeProperties properties = element.getSingleExtensionElement(ZeebeProperties.class);
    if (properties == null) {
      return Map.of();
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (ZeebeProperty property : properties.getProperties()) {
      if (property.getName() != null && property.getValue() != null) {
        result.put(property.getName(), property.getValue());
      }
    }
    return result;
  }

  private static String describe(ModelElementInstance element) {
    String id = element.getAttributeValue("id");
    return id != null ? id : element.getElementType().getTypeName();
  }

  private static String rootCauseMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.toString();
  }

  private static TransformResult invalid(String problem) {
    return invalid(List.of(problem));
  }

  private static TransformResult invalid(List<String> problems) {
    return new TransformResult(List.of(), List.copyOf(problems));
  }
}
