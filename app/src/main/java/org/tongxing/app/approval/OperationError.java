package org.tongxing.app.approval;

import java.io.Serializable;
import java.util.List;

/**
 * A refused operation carried over the redirect back to the task page, which opens the operation's
 * form and ties the message to its field.
 *
 * @param operation which form ({@code return}, {@code hand-over}, …)
 * @param field the field's name, or {@code null} for the form as a whole
 * @param arguments the message's arguments, as text
 */
public record OperationError(String operation, String field, String code, List<String> arguments)
    implements Serializable {

  public static final String ATTRIBUTE = "operationError";
  public static final String ENTERED = "operationEntered";

  public OperationError {
    arguments = List.copyOf(arguments);
  }

  static OperationError of(String operation, OperationRefusedException refused) {
    return new OperationError(
        operation,
        refused.field(),
        refused.code(),
        refused.arguments().stream().map(String::valueOf).toList());
  }

  public boolean isFor(String name) {
    return operation.equals(name);
  }

  public boolean isAt(String name) {
    return name.equals(field);
  }

  /** The id of the element that shows the message, for aria-describedby. */
  public String messageId() {
    return "operation-" + operation + "-error";
  }
}
