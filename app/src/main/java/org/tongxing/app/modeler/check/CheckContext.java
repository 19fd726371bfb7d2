package org.tongxing.app.modeler.check;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelFiles;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.modeler.resource.ModelSummary;

/**
 * The files checked together, as one deployment would send them, and what each defines (only the
 * files that could be read).
 */
public record CheckContext(List<ModelFile> files, Map<String, ModelSummary> summaries) {

  public static CheckContext of(List<ModelFile> files, List<Problem> problems) {
    Map<String, ModelSummary> summaries = new java.util.LinkedHashMap<>();
    for (ModelFile file : files) {
      try {
        summaries.put(file.fileName(), ModelFiles.summarize(file));
      } catch (org.tongxing.app.modeler.resource.InvalidModelException e) {
        problems.add(Problem.error("unreadable", file.fileName(), null, null, e.getMessage()));
      }
    }
    return new CheckContext(List.copyOf(files), summaries);
  }

  /** The readable files of a kind. */
  public List<ModelFile> readable(ModelKind kind) {
    return files.stream()
        .filter(file -> file.kind() == kind && summaries.containsKey(file.fileName()))
        .toList();
  }

  /** The ids of the processes, decisions or forms the files define. */
  public java.util.Set<String> definedIds(ModelKind kind) {
    return readable(kind).stream()
        .flatMap(file -> summaries.get(file.fileName()).ids().stream())
        .collect(Collectors.toSet());
  }

  public Map<String, ModelFile> byName() {
    return files.stream().collect(Collectors.toMap(ModelFile::fileName, Function.identity()));
  }
}
