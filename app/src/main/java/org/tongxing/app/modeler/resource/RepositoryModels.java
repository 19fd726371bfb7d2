package org.tongxing.app.modeler.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The repository's processes, decisions and forms ({@code workflows/*.bpmn}, {@code *.dmn}, {@code
 * forms/*.form}, and the tasklist's helper process for co-signers with its form in {@code
 * app/src/main/resources/approval/}), as the app's jar carries them: what the app deploys at
 * start-up and a draft may start from. Read on each call, since they are few and small.
 */
@Component
public class RepositoryModels {

  /** Where the files are on the class path, and where each folder is in the repository. */
  private static final Map<String, String> FOLDERS = new LinkedHashMap<>();

  static {
    FOLDERS.put("classpath*:workflows/*.bpmn", "workflows/");
    FOLDERS.put("classpath*:workflows/*.dmn", "workflows/");
    FOLDERS.put("classpath*:forms/*.form", "forms/");
    // 加签: the tasklist's helper process and its form (docs/approval-operations.md)
    FOLDERS.put("classpath*:approval/*.bpmn", "app/src/main/resources/approval/");
    FOLDERS.put("classpath*:approval/*.form", "app/src/main/resources/approval/");
  }

  public static final List<String> PATTERNS = List.copyOf(FOLDERS.keySet());

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
          if (resource.exists()
              && name != null
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
  public String path(ModelFile file) {
    for (var folder : FOLDERS.entrySet()) {
      try {
        for (Resource resource : resources.getResources(folder.getKey())) {
          if (file.fileName().equals(resource.getFilename())) {
            return folder.getValue() + file.fileName();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Expected to list " + folder.getKey(), e);
      }
    }
    // not a repository file (an upload, say): where it would go
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
