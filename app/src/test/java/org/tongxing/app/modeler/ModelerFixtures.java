package org.tongxing.app.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tongxing.app.modeler.resource.ModelFile;

/**
 * The modeler's test files (src/test/resources/modeler/): a small process of item 6.2 whose
 * business rule task calls a decision table of the living allowance.
 */
public final class ModelerFixtures {

  public static final String PROCESS_ID = "living-allowance";
  public static final String DECISION_ID = "living-allowance-amount";

  private ModelerFixtures() {}

  public static ModelFile process() {
    return file("living-allowance.bpmn");
  }

  public static ModelFile decisions() {
    return file("living-allowance-amount.dmn");
  }

  public static ModelFile file(String name) {
    try (InputStream in = ModelerFixtures.class.getResourceAsStream("/modeler/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Expected the test file modeler/" + name);
      }
      return ModelFile.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ModelFile form(String id, String json) {
    return ModelFile.of(id + ".form", json);
  }
}
