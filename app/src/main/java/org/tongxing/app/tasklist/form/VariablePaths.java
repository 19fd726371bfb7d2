package org.tongxing.app.tasklist.form;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a value out of process variables by a Camunda Forms path key such as {@code
 * employer.bankAccount.accountName}: each dot steps into an object.
 */
final class VariablePaths {

  /** A FEEL path of plain names: what a key, a table's data source or a column may be. */
  static final Pattern PATH =
      Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)*");

  private VariablePaths() {}

  /**
   * @return the value, or {@code null} when a step is missing or not an object
   */
  static Object find(Map<?, ?> variables, String path) {
    if (path == null) {
      return null;
    }
    if (variables.containsKey(path)) {
      // a variable whose name itself holds a dot
      return variables.get(path);
    }
    Object current = variables;
    for (String step : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> object)) {
        return null;
      }
      current = object.get(step);
    }
    return current;
  }
}
