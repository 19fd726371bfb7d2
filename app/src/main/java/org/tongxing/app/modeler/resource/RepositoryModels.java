package org.tongxing.app.modeler.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The repository's processes, decisions and forms ({@code workflows/*.bpmn}, {@code *.dmn},
 * {@code forms/*.form}), as the app's jar carries them: what the app deploys at start-up and a
 * draft may start from. Read on each call, since they are few and small.
 */
@Component
public class RepositoryModels {

  public static final List<String> PATTERNS = List.of(
      "classpath*:workflows/*.bpmn", "classpath*:workflows/*.dmn", "classpath*:forms/*.form");

  private final ResourcePatternResolver resources;

  public RepositoryModels(ResourcePatternResolver resources) {
    this.resources = resources;
  }

  /** Every file, by name; two files of the same name (jar and test classes) count once. */
  public List<ModelFile> all() {
    List<ModelFile> found = new ArrayList<>();
    for (String pattern : PATTERNS) {
      try {
        for (Resource resource : resources.getResources(pattern)) {
          String name = resource.getFilename();
          if (resource.exists() && name != null
              && found.stream().noneMatch(file -> file.fileName().equals(name))) {
            found.add(ModelFile.of(name, read(resource)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Expected to list " + pattern, e);
      }
    }
    found.sort(Comparator.comparing(ModelFile::fileName));
    return found;
  }

  public Optional<ModelFile> find(String fileName) {
    return all().stream().filter(file -> file.fileName().equals(fileName)).findFirst();
  }

  /** {@code workflows/x.bpmn} or {@code forms/x.form}: where the file lives in the repository. */
  public static String path(ModelFile file) {
    return (file.kind() == ModelKind.FORM ? "forms/" : "workflows/") + file.fileName();
  }

  private static String read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to read " + resource, e);
    }
  }
}
