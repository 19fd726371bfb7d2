package org.tongxing.app.tasklist.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked form submission.
 *
 * @param variables typed values for the engine, one per editable field; only use when {@link
 *     #isValid()}
 * @param enteredValues what the user typed, per field key, to show the form again as it was
 * @param errors at most one per field, in the order of the form
 */
public record SubmissionResult(
    Map<String, Object> variables, Map<String, String> enteredValues, List<FieldError> errors) {

  public SubmissionResult {
    // unmodifiable copies that, unlike Map.copyOf, keep the null of an empty optional field
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    enteredValues = Map.copyOf(enteredValues);
    errors = List.copyOf(errors);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }
}
