package org.tongxing.engine.model.transform;

import java.util.ArrayList;
import java.util.List;
import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.feel.ExpressionLanguage;
import org.tongxing.engine.feel.ExpressionLanguage.ParsedAttribute;
import org.tongxing.engine.model.executable.ExecutableProcess;

/** What element transformers share while one process is transformed: the process and problems. */
final class TransformContext {

  private final ExpressionLanguage expressionLanguage;
  private final ExecutableProcess process;
  private final List<String> problems = new ArrayList<>();

  TransformContext(ExpressionLanguage expressionLanguage, ExecutableProcess process) {
    this.expressionLanguage = expressionLanguage;
    this.process = process;
  }

  ExecutableProcess process() {
    return process;
  }

  List<String> problems() {
    return problems;
  }

  void problem(String elementId, String message) {
    problems.add("Element '" + elementId + "': " + message);
  }

  /** An attribute that may be static or "="-FEEL; null text gives null. */
  Expression attribute(String elementId, String attributeName, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return checked(elementId, attributeName, expressionLanguage.parseAttribute(text));
  }

  /** An attribute that is always FEEL (conditions); null text gives null. */
  Expression feelAttribute(String elementId, String attributeName, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return checked(elementId, attributeName, expressionLanguage.parseFeelAttribute(text));
  }

  /** A listener's job: its type and retries expressions. */
  record ListenerJob(Expression type, Expression retries) {}

  /**
   * The job type and retries of a listener (3 retries when the model sets none); null after
   * reporting a problem.
   *
   * @param listener how the problem names the listener ("execution listener start", ...)
   */
  ListenerJob listenerJob(String elementId, String listener, String type, String retries) {
    Expression typeExpression = attribute(elementId, listener + " type", type);
    if (typeExpression == null) {
      problem(elementId, "Expected the " + listener + " to have a job type, but it has none");
      return null;
    }
    Expression retriesExpression =
        attribute(
            elementId,
            listener + " retries",
            retries == null || retries.isBlank() ? DEFAULT_LISTENER_RETRIES : retries);
    return retriesExpression == null ? null : new ListenerJob(typeExpression, retriesExpression);
  }

  private static final String DEFAULT_LISTENER_RETRIES = "3";

  private Expression checked(String elementId, String attributeName, ParsedAttribute parsed) {
    if (parsed.isFailure()) {
      problem(elementId, attributeName + ": " + parsed.failureMessage());
      return null;
    }
    return parsed.expression();
  }
}
