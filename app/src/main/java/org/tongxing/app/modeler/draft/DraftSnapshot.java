package org.tongxing.app.modeler.draft;

import java.util.List;
import java.util.Optional;
import org.tongxing.app.modeler.resource.ModelFile;

/** A draft as one of its versions holds it: the files, sorted by name. */
public record DraftSnapshot(Draft draft, DraftVersion version, List<ModelFile> files) {

  public DraftSnapshot {
    files = List.copyOf(files);
  }

  public Optional<ModelFile> file(String fileName) {
    return files.stream().filter(file -> file.fileName().equals(fileName)).findFirst();
  }
}
