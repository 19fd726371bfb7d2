package org.tongxing.app.tasklist;

import org.tongxing.app.tasklist.form.FormSchema;

/**
 * A task's form as fetched from the engine.
 *
 * @param schema the parsed form when {@code kind} is {@code READY}, else {@code null}
 * @param json the form's Camunda Forms JSON as the engine sent it (for form-js), or {@code null}
 */
record LoadedForm(TaskFormView.Kind kind, FormSchema schema, String json) {

  LoadedForm(TaskFormView.Kind kind, FormSchema schema) {
    this(kind, schema, null);
  }
}
