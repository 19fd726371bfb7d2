package org.tongxing.engine.model.transform;

import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableMultiInstanceBody;
import org.tongxing.engine.model.executable.LoopCharacteristics;

/** Wraps a multi-instance activity in its body; other elements pass through unchanged. */
final class MultiInstanceTransformer {

  private MultiInstanceTransformer() {}

  /** The element that takes the node's place in the flow: the body, or the node itself. */
  static ExecutableFlowNode wrap(
      FlowNode node, ExecutableFlowNode transformed, TransformContext context) {
    if (!(node instanceof Activity activity)
        || !(activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop)) {
      return transformed;
    }
    String id = node.getId();
    ZeebeLoopCharacteristics zeebe = loop.getSingleExtensionElement(ZeebeLoopCharacteristics.class);
    if (zeebe == null
        || zeebe.getInputCollection() == null
        || zeebe.getInputCollection().isBlank()) {
      context.problem(
          id,
          "Expected a multi-instance activity to have an input collection"
              + " (zeebe:loopCharacteristics inputCollection), but it has none");
      return transformed;
    }
    Expression inputCollection =
        context.feelAttribute(id, "inputCollection", zeebe.getInputCollection());
    Expression outputElement = context.feelAttribute(id, "outputElement", zeebe.getOutputElement());
    Expression completion =
        loop.getCompletionCondition() == null
            ? null
            : context.feelAttribute(
                id, "completionCondition", loop.getCompletionCondition().getTextContent());
    if (zeebe.getOutputCollection() != null
        && !zeebe.getOutputCollection().isBlank()
        && outputElement == null) {
      context.problem(
          id,
          "Expected an outputElement with the outputCollection '"
              + zeebe.getOutputCollection()
              + "', but there is none");
    }
    ExecutableMultiInstanceBody body =
        new ExecutableMultiInstanceBody(
            transformed,
            new LoopCharacteristics(
                loop.isSequential(),
                inputCollection,
                blankToNull(zeebe.getInputElement()),
                blankToNull(zeebe.getOutputCollection()),
                outputElement,
                completion));
    body.setProperties(transformed.getProperties());
    return body;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
