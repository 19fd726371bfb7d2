package org.tongxing.app.tasklist.form;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * Why one submitted field was refused, as a message code with arguments (the field's label first),
 * so that the page says it in the reader's language.
 */
public record FieldError(String key, String code, List<Object> arguments)
    implements MessageSourceResolvable {

  public FieldError {
    arguments = List.copyOf(arguments);
  }

  @Override
  public String[] getCodes() {
    return new String[] {code};
  }

  @Override
  public Object[] getArguments() {
    return arguments.toArray();
  }

  @Override
  public String getDefaultMessage() {
    return code;
  }
}
