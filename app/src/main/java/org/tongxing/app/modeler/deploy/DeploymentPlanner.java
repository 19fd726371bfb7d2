package org.tongxing.app.modeler.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.check.CheckReport;
import org.tongxing.app.modeler.check.DraftChecker;
import org.tongxing.app.modeler.deployed.DeployedModels;
import org.tongxing.app.modeler.deployed.DeploymentLog;
import org.tongxing.app.modeler.deployed.ProcessVersion;
import org.tongxing.app.modeler.diff.ModelDiff;
import org.tongxing.app.modeler.draft.DraftSnapshot;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelFiles;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.modeler.resource.ModelReferences;
import org.tongxing.app.modeler.resource.ModelSummary;
import org.tongxing.app.modeler.resource.SecureXml;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Works out what a deployment of a draft would change for what runs: each file against its deployed
 * version, the running instances of each process version (they stay on their version; new instances
 * start on the new one), and the deployed processes that pick up a new decision or form because
 * they bind to the latest version.
 */
@Component
public class DeploymentPlanner {

  private final DraftChecker checker;
  private final DeployedModels deployed;
  private final DeploymentLog log;

  public DeploymentPlanner(DraftChecker checker, DeployedModels deployed, DeploymentLog log) {
    this.checker = checker;
    this.deployed = deployed;
    this.log = log;
  }

  public DeploymentPlan plan(DraftSnapshot draft) {
    CheckReport checks = checker.check(draft.files());
    List<PlannedFile> files = new ArrayList<>();
    Map<String, String> processXml = new LinkedHashMap<>();
    for (ModelFile file : draft.files()) {
      ModelSummary summary;
      try {
        summary = ModelFiles.summarize(file);
      } catch (RuntimeException e) {
        continue; // the checks report it
      }
      files.add(
          switch (file.kind()) {
            case BPMN -> process(file, summary);
            case DMN -> decisions(file, summary, processXml);
            case FORM -> form(file, summary, processXml);
          });
    }
    return new DeploymentPlan(draft, checks, files);
  }

  private PlannedFile process(ModelFile file, ModelSummary summary) {
    Optional<ProcessVersion> live = deployed.latestProcess(summary.resourceId());
    ModelFile before = live.map(p -> file.withContent(deployed.processXml(p.key()))).orElse(null);
    boolean same = before != null && before.content().equals(file.content());
    Integer version = live.map(ProcessVersion::version).orElse(null);
    return new PlannedFile(
        summary,
        ModelDiff.compare(before, file),
        version,
        same ? null : (version == null ? 1 : version + 1),
        live.isPresent() ? deployed.activeInstancesByVersion(summary.resourceId()) : Map.of(),
        List.of());
  }

  private PlannedFile decisions(
      ModelFile file, ModelSummary summary, Map<String, String> processXml) {
    var live =
        deployed.latestDecisionGraphs().stream()
            .filter(drg -> drg.decisionRequirementsId().equals(summary.resourceId()))
            .findFirst();
    ModelFile before =
        live.map(drg -> file.withContent(deployed.decisionRequirementsXml(drg.key()))).orElse(null);
    boolean same = before != null && before.content().equals(file.content());
    Integer version = live.map(drg -> drg.version()).orElse(null);
    return new PlannedFile(
        summary,
        ModelDiff.compare(before, file),
        version,
        same ? null : (version == null ? 1 : version + 1),
        Map.of(),
        users("calledDecision", "decisionId", summary.ids(), processXml));
  }

  private PlannedFile form(ModelFile file, ModelSummary summary, Map<String, String> processXml) {
    var live = log.latestOf(ModelKind.FORM, summary.resourceId());
    ModelFile before =
        live.map(logged -> file.withContent(logged.resource().content())).orElse(null);
    boolean same = before != null && before.content().equals(file.content());
    Integer version = live.map(logged -> logged.resource().version()).orElse(null);
    return new PlannedFile(
        summary,
        ModelDiff.compare(before, file),
        version,
        same ? null : (version == null ? 1 : version + 1),
        Map.of(),
        users("formDefinition", "formId", summary.ids(), processXml));
  }

  /**
   * The deployed processes' elements that refer to one of the ids with the binding "latest" (the
   * default): they use the new version from the deployment on.
   */
  private List<PlannedFile.Usage> users(
      String extension, String attribute, List<String> ids, Map<String, String> processXml) {
    List<PlannedFile.Usage> users = new ArrayList<>();
    for (ProcessVersion process : deployed.latestProcesses()) {
      String xml =
          processXml.computeIfAbsent(process.processId(), id -> deployed.processXml(process.key()));
      Element root = SecureXml.parse(process.resourceName(), xml).getDocumentElement();
      NodeList found = root.getElementsByTagNameNS(ModelFiles.ZEEBE_NS, extension);
      for (int i = 0; i < found.getLength(); i++) {
        Element reference = (Element) found.item(i);
        String binding = reference.getAttribute("bindingType");
        if (ids.contains(reference.getAttribute(attribute).strip())
            && (binding.isBlank() || binding.equals("latest"))) {
          Element owner = ModelReferences.owner(reference);
          String name = owner == null ? "" : owner.getAttribute("name");
          users.add(
              new PlannedFile.Usage(
                  process.label(),
                  process.version(),
                  name.isBlank() && owner != null ? owner.getAttribute("id") : name));
        }
      }
    }
    return users;
  }
}
