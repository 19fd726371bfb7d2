package org.tongxing.app.tasklist;

import java.util.List;
import org.tongxing.app.tasklist.form.RenderedComponent;

/**
 * The completion form of a task page.
 *
 * @param errors the error summary, empty unless a submission was refused
 * @param formJs what form-js renders the form from in the browser; {@code null} after a refused
 *     submission, whose errors only the server's form shows tied to its fields
 */
public record TaskFormView(
    Kind kind,
    List<RenderedComponent> components,
    List<ErrorSummaryItem> errors,
    org.tongxing.app.tasklist.form.FormJsData formJs) {

  public enum Kind {
    /** The task has no form: completing sends no variables. */
    NONE,
    READY,
    /** The form lives elsewhere (an external URL); the tasklist cannot show it. */
    EXTERNAL,
    /** The form's JSON could not be read; completing would lose the decision. */
    INVALID
  }

  public TaskFormView(
      Kind kind, List<RenderedComponent> components, List<ErrorSummaryItem> errors) {
    this(kind, components, errors, null);
  }

  public TaskFormView {
    components = List.copyOf(components);
    errors = List.copyOf(errors);
  }

  static TaskFormView of(Kind kind) {
    return new TaskFormView(kind, List.of(), List.of(), null);
  }

  public boolean completable() {
    return kind == Kind.NONE || kind == Kind.READY;
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }
}
