package org.tongxing.app.modeler.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.deployed.DecisionGraphVersion;
import org.tongxing.app.modeler.deployed.DecisionVersion;
import org.tongxing.app.modeler.deployed.DeployedModels;
import org.tongxing.app.modeler.deployed.DeploymentLog;
import org.tongxing.app.modeler.deployed.ProcessVersion;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelFiles;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.modeler.resource.ModelReferences;
import org.tongxing.app.modeler.resource.RepositoryModels;

/**
 * Starts drafts from what runs or from the repository. A process comes with the decisions and forms
 * it refers to, as deployed (or as the repository has them), so that a rule and the process that
 * applies it change together and deploy together.
 */
@Component
public class DraftStarter {

  private final Drafts drafts;
  private final DeployedModels deployed;
  private final DeploymentLog log;
  private final RepositoryModels repository;
  private final MessageSource messages;

  public DraftStarter(
      Drafts drafts,
      DeployedModels deployed,
      DeploymentLog log,
      RepositoryModels repository,
      MessageSource messages) {
    this.drafts = drafts;
    this.deployed = deployed;
    this.log = log;
    this.repository = repository;
    this.messages = messages;
  }

  /**
   * A draft of a deployed process version, with the latest deployed decisions and forms it uses.
   */
  public DraftSnapshot fromDeployedProcess(long processKey, String title, Author author) {
    ProcessVersion process =
        deployed
            .process(processKey)
            .orElseThrow(
                () ->
                    new DraftNotFoundException(
                        "Expected a deployed process with key "
                            + processKey
                            + ", but there is none"));
    ModelFile bpmn =
        ModelFile.of(
            fileName(process.resourceName(), process.processId(), ".bpmn"),
            deployed.processXml(processKey));
    Map<String, ModelFile> files = new LinkedHashMap<>();
    files.put(bpmn.fileName(), bpmn);
    ModelReferences references = ModelReferences.of(bpmn);
    for (String decisionId : references.decisionIds()) {
      deployedDecisions(decisionId).ifPresent(file -> files.putIfAbsent(file.fileName(), file));
    }
    for (String formId : references.formIds()) {
      deployedForm(formId).ifPresent(file -> files.putIfAbsent(file.fileName(), file));
    }
    String origin =
        text(
            "modeler.origin.deployedProcess",
            process.label(),
            process.processId(),
            process.version());
    return drafts.create(title(title, process.label()), origin, files.values(), origin, author);
  }

  /** A draft of a deployed DMN file (decision requirements graph) version. */
  public DraftSnapshot fromDeployedDecisions(
      long decisionRequirementsKey, String title, Author author) {
    DecisionGraphVersion graph =
        deployed
            .decisionGraph(decisionRequirementsKey)
            .orElseThrow(
                () ->
                    new DraftNotFoundException(
                        "Expected deployed decisions with key "
                            + decisionRequirementsKey
                            + ", but there are none"));
    ModelFile dmn =
        ModelFile.of(
            fileName(graph.resourceName(), graph.decisionRequirementsId(), ".dmn"),
            deployed.decisionRequirementsXml(decisionRequirementsKey));
    String origin =
        text(
            "modeler.origin.deployedDecisions",
            graph.label(),
            graph.decisionRequirementsId(),
            graph.version());
    return drafts.create(title(title, graph.label()), origin, List.of(dmn), origin, author);
  }

  /** A draft of a form as the app last deployed it. */
  public DraftSnapshot fromDeployedForm(String formId, String title, Author author) {
    ModelFile form =
        deployedForm(formId)
            .orElseThrow(
                () ->
                    new DraftNotFoundException(
                        "Expected a form '"
                            + formId
                            + "' deployed by this app, but there is none"));
    String origin = text("modeler.origin.deployedForm", formId);
    return drafts.create(title(title, formId), origin, List.of(form), origin, author);
  }

  /** A draft of a repository file, with the repository's decisions and forms it uses. */
  public DraftSnapshot fromRepository(String fileName, String title, Author author) {
    ModelFile file =
        repository
            .find(fileName)
            .orElseThrow(
                () ->
                    new DraftNotFoundException(
                        "Expected " + fileName + " in workflows/ or forms/, but it is not there"));
    Map<String, ModelFile> files = new LinkedHashMap<>();
    files.put(file.fileName(), file);
    ModelReferences references = ModelReferences.of(file);
    for (ModelFile other : repository.all()) {
      boolean related =
          switch (other.kind()) {
            case DMN ->
                ModelFiles.summarize(other).ids().stream()
                    .anyMatch(references.decisionIds()::contains);
            case FORM -> references.formIds().contains(ModelFiles.summarize(other).resourceId());
            case BPMN -> false;
          };
      if (related) {
        files.putIfAbsent(other.fileName(), other);
      }
    }
    String origin = text("modeler.origin.repository", repository.path(file));
    return drafts.create(
        title(title, ModelFiles.summarize(file).label()), origin, files.values(), origin, author);
  }

  /** A draft of files a policy owner brought (a Desktop Modeler export, a new blank file). */
  public DraftSnapshot fromFiles(
      List<ModelFile> files, String title, String origin, Author author) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "Expected at least one .bpmn, .dmn or .form file," + " but none was given");
    }
    List<ModelFile> readable = new ArrayList<>(files);
    String label = ModelFiles.summarize(readable.get(0)).label();
    return drafts.create(title(title, label), origin, readable, origin, author);
  }

  /** The latest deployed DMN file that holds the decision, if one is deployed. */
  public Optional<ModelFile> deployedDecisions(String decisionId) {
    return deployed.latestDecision(decisionId).map(decision -> decisionFile(decision));
  }

  /** The form as the app last deployed it, else as the repository has it. */
  public Optional<ModelFile> deployedForm(String formId) {
    return log.latestOf(ModelKind.FORM, formId)
        .map(logged -> logged.resource().file())
        .or(() -> repository.find(formId + ".form"));
  }

  private ModelFile decisionFile(DecisionVersion decision) {
    String resourceName =
        deployed
            .decisionGraph(decision.decisionRequirementsKey())
            .map(DecisionGraphVersion::resourceName)
            .orElse(null);
    return ModelFile.of(
        fileName(resourceName, decision.decisionRequirementsId(), ".dmn"),
        deployed.decisionRequirementsXml(decision.decisionRequirementsKey()));
  }

  /** The deployed resource's name when it is one of ours, else {@code <id><extension>}. */
  private static String fileName(String resourceName, String id, String extension) {
    if (resourceName != null && ModelKind.ofFileName(resourceName).isPresent()) {
      String name = resourceName.replace('\\', '/');
      return name.substring(name.lastIndexOf('/') + 1);
    }
    return id + extension;
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }

  private static String title(String given, String fallback) {
    return given == null || given.isBlank() ? fallback : given.strip();
  }
}
