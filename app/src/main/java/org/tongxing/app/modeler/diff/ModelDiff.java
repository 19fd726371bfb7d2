package org.tongxing.app.modeler.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.tongxing.app.modeler.resource.InvalidModelException;
import org.tongxing.app.modeler.resource.ModelFile;

/**
 * How two sets of files differ, file by file and element by element: the diff page and the deploy
 * confirmation ("what changes") read it. Files are matched by name.
 */
public final class ModelDiff {

  private ModelDiff() {}

  public static List<FileChanges> compare(List<ModelFile> before, List<ModelFile> after) {
    Map<String, ModelFile> old = byName(before);
    Map<String, ModelFile> now = byName(after);
    List<FileChanges> changes = new ArrayList<>();
    for (ModelFile file : after) {
      changes.add(compare(old.get(file.fileName()), file));
    }
    for (ModelFile file : before) {
      if (!now.containsKey(file.fileName())) {
        changes.add(compare(file, null));
      }
    }
    return changes;
  }

  /** One file's two versions; either may be null (added, removed). */
  public static FileChanges compare(ModelFile before, ModelFile after) {
    ModelFile any = after != null ? after : before;
    String oldText = before == null ? "" : before.content();
    String newText = after == null ? "" : after.content();
    List<TextDiff.Hunk> hunks = TextDiff.compare(oldText, newText);
    Map<String, ElementFacts> old = facts(before);
    Map<String, ElementFacts> now = facts(after);
    List<ElementChange> elements = new ArrayList<>();
    now.forEach(
        (id, facts) -> {
          ElementFacts was = old.get(id);
          if (was == null) {
            elements.add(change(facts, ChangeType.ADDED, properties(Map.of(), facts.properties())));
          } else if (!was.properties().equals(facts.properties())) {
            elements.add(
                change(
                    facts, ChangeType.CHANGED, properties(was.properties(), facts.properties())));
          } else if (!Objects.equals(was.layout(), facts.layout())) {
            elements.add(change(facts, ChangeType.MOVED, List.of()));
          }
        });
    old.forEach(
        (id, facts) -> {
          if (!now.containsKey(id)) {
            elements.add(
                change(facts, ChangeType.REMOVED, properties(facts.properties(), Map.of())));
          }
        });
    ChangeType change =
        before == null
            ? ChangeType.ADDED
            : after == null
                ? ChangeType.REMOVED
                : oldText.equals(newText) ? ChangeType.UNCHANGED : ChangeType.CHANGED;
    return new FileChanges(any.fileName(), any.kind(), change, elements, hunks);
  }

  private static Map<String, ElementFacts> facts(ModelFile file) {
    if (file == null) {
      return Map.of();
    }
    try {
      return ElementExtractor.extract(file);
    } catch (InvalidModelException e) {
      // an unreadable version still has its text diff
      return Map.of();
    }
  }

  private static ElementChange change(
      ElementFacts facts, ChangeType type, List<PropertyChange> properties) {
    return new ElementChange(
        facts.id(), facts.type(), facts.label(), facts.ruleNumber(), type, properties);
  }

  private static List<PropertyChange> properties(
      Map<String, String> before, Map<String, String> after) {
    List<PropertyChange> changes = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    for (String name : names) {
      String was = before.get(name);
      String now = after.get(name);
      if (!Objects.equals(was, now)) {
        changes.add(new PropertyChange(name, was, now));
      }
    }
    return changes;
  }

  private static Map<String, ModelFile> byName(List<ModelFile> files) {
    Map<String, ModelFile> map = new LinkedHashMap<>();
    files.forEach(file -> map.put(file.fileName(), file));
    return map;
  }
}
