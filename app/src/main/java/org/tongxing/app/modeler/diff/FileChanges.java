package org.tongxing.app.modeler.diff;

import java.util.List;
import org.tongxing.app.modeler.resource.ModelKind;

/** How one file differs between two versions: its elements, and its text line by line. */
public record FileChanges(
    String fileName,
    ModelKind kind,
    ChangeType change,
    List<ElementChange> elements,
    List<TextDiff.Hunk> hunks) {

  public FileChanges {
    elements = List.copyOf(elements);
    hunks = List.copyOf(hunks);
  }

  public List<ElementChange> of(ChangeType type) {
    return elements.stream().filter(element -> element.change() == type).toList();
  }

  public List<String> idsOf(ChangeType type) {
    return of(type).stream().map(ElementChange::elementId).toList();
  }
}
