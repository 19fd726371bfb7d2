package org.tongxing.app.modeler.check;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelFiles;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.modeler.resource.SecureXml;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every job a process creates has a worker: each {@code zeebe:taskDefinition type} (service, send,
 * script and business rule tasks, message events) is a job type of a {@code @JobWorker}, or the
 * jobs would wait for ever. A type computed by an expression cannot be known before it runs: a
 * warning.
 */
@Component
@Order(3)
class JobWorkerCheck implements DraftCheck {

  private final JobWorkerCatalogue workers;

  JobWorkerCheck(JobWorkerCatalogue workers) {
    this.workers = workers;
  }

  @Override
  public void check(CheckContext files, List<Problem> problems) {
    for (ModelFile file : files.readable(ModelKind.BPMN)) {
      Element root = SecureXml.parse(file.fileName(), file.content()).getDocumentElement();
      NodeList definitions = root.getElementsByTagNameNS(ModelFiles.ZEEBE_NS, "taskDefinition");
      for (int i = 0; i < definitions.getLength(); i++) {
        Element definition = (Element) definitions.item(i);
        Element owner = References.owner(definition);
        if (owner == null || References.isListener(definition)) {
          continue;
        }
        String type = definition.getAttribute("type").strip();
        String id = owner.getAttribute("id");
        String name = owner.getAttribute("name");
        if (type.isEmpty()) {
          continue; // the engine's validation names a missing type
        }
        if (type.startsWith("=")) {
          problems.add(
              Problem.warning("job-type-expression", file.fileName(), id, name, null, type));
        } else if (!workers.hasWorker(type)) {
          problems.add(
              Problem.error("job-type-without-worker", file.fileName(), id, name, null, type));
        }
      }
    }
  }
}
