package org.tongxing.app.tasklist.form;

import java.util.List;

/** A Camunda form (the JSON of a {@code .form} file) reduced to what the tasklist renders. */
public record FormSchema(String id, List<FormComponent> components) {

  public FormSchema {
    components = List.copyOf(components);
  }

  public List<FormComponent> inputs() {
    return components.stream().filter(component -> component.kind().isInput()).toList();
  }
}
