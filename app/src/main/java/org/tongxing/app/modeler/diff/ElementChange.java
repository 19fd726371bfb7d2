package org.tongxing.app.modeler.diff;

import java.util.List;

/**
 * An element that differs: a BPMN element, a decision or one of its rules ({@code ruleNumber} from
 * 1, in the newer version when it is there), a form component.
 */
public record ElementChange(
    String elementId,
    String type,
    String label,
    Integer ruleNumber,
    ChangeType change,
    List<PropertyChange> properties) {

  public ElementChange {
    properties = List.copyOf(properties);
  }
}
