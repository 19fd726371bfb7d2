package org.tongxing.app.modeler.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.resource.ModelSummary;

/**
 * Two files of one deployment never define the same process, decision or form: the engine would
 * refuse the whole deployment.
 */
@Component
@Order(0)
class UniqueIdsCheck implements DraftCheck {

  @Override
  public void check(CheckContext files, List<Problem> problems) {
    Map<String, String> owners = new HashMap<>();
    files
        .summaries()
        .forEach(
            (fileName, summary) -> {
              for (ModelSummary.Definition definition : summary.definitions()) {
                String key = summary.kind() + ":" + definition.id();
                String other = owners.putIfAbsent(key, fileName);
                if (other != null && !other.equals(fileName)) {
                  problems.add(
                      Problem.error(
                          "duplicate-id", fileName, null, null, null, definition.id(), other));
                }
              }
              if (summary.kind() == org.tongxing.app.modeler.resource.ModelKind.DMN) {
                String other = owners.putIfAbsent("DRG:" + summary.resourceId(), fileName);
                if (other != null && !other.equals(fileName)) {
                  problems.add(
                      Problem.error(
                          "duplicate-id", fileName, null, null, null, summary.resourceId(), other));
                }
              }
            });
  }
}
