package org.tongxing.app.policy.index;

import io.camunda.client.api.command.ClientException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import org.tongxing.app.modeler.deployed.DecisionGraphVersion;
import org.tongxing.app.modeler.deployed.DeployedModels;
import org.tongxing.app.modeler.deployed.DeployedResource;
import org.tongxing.app.modeler.deployed.DeploymentLog;
import org.tongxing.app.modeler.deployed.ProcessVersion;
import org.tongxing.app.modeler.resource.InvalidModelException;
import org.tongxing.app.modeler.resource.ModelFile;
import org.tongxing.app.modeler.resource.ModelKind;
import org.tongxing.app.modeler.resource.RepositoryModels;
import org.tongxing.app.policy.Clause;
import org.tongxing.app.policy.PolicyClauses;
import org.tongxing.app.policy.PolicySentence;
import org.tongxing.app.policy.WorkItem;
import org.tongxing.app.policy.citation.CitationReader;
import org.tongxing.app.policy.citation.CitingElement;

/**
 * From each sentence of the policy to the process elements, DMN rules and form fields that cite it:
 * the latest deployed version of every process and DMN file (through the Camunda client), the forms
 * the app deployed, and the repository's workflows/ and forms/. Built on each request: what runs
 * changes with every deployment.
 */
@Component
public class ClauseIndex {

  private static final Logger LOG = LoggerFactory.getLogger(ClauseIndex.class);

  private final PolicyClauses policy;
  private final DeployedModels deployed;
  private final DeploymentLog log;
  private final RepositoryModels repository;

  public ClauseIndex(
      PolicyClauses policy,
      DeployedModels deployed,
      DeploymentLog log,
      RepositoryModels repository) {
    this.policy = policy;
    this.deployed = deployed;
    this.log = log;
    this.repository = repository;
  }

  private record Located(ModelFile file, CitationSource source) {}

  private record Key(Clause clause, ModelKind kind, String resourceId, String elementId) {}

  public ClauseIndexView build() {
    List<Located> files = new ArrayList<>();
    boolean unavailable = false;
    try {
      files.addAll(deployedFiles());
    } catch (ClientException e) {
      LOG.warn("The clause index shows the repository only: the deployed models cannot be read", e);
      unavailable = true;
    }
    for (ModelFile file : repository.all()) {
      files.add(
          new Located(
              file,
              new CitationSource(
                  CitationSource.Type.REPOSITORY,
                  null,
                  repository.path(file),
                  "/modeler/repository/" + encode(file.fileName()))));
    }
    Map<Key, IndexedCitation> citations = new LinkedHashMap<>();
    Map<String, StrayCitation> strays = new LinkedHashMap<>();
    for (Located located : files) {
      List<CitingElement> elements;
      try {
        elements = CitationReader.read(located.file());
      } catch (InvalidModelException e) {
        LOG.warn("The clause index skips {}: {}", located.source().path(), e.getMessage());
        continue;
      }
      for (CitingElement element : elements) {
        CitationSource source = withElement(located.source(), element.elementId());
        if (element.unreadableCitation()) {
          strays.merge(
              stray(element, element.citation()),
              new StrayCitation(element.citation(), citation(element, source)),
              (a, b) -> merge(a, source));
        }
        for (Clause clause : element.clauses()) {
          if (!policy.text().has(clause)) {
            strays.merge(
                stray(element, clause.toString()),
                new StrayCitation(clause.toString(), citation(element, source)),
                (a, b) -> merge(a, source));
            continue;
          }
          citations.merge(
              new Key(clause, element.kind(), element.resourceId(), element.elementId()),
              citation(element, source),
              (a, b) -> withSource(a, source));
        }
      }
    }
    List<IndexedItem> items = new ArrayList<>();
    for (WorkItem item : policy.text().items()) {
      List<IndexedSentence> sentences = new ArrayList<>();
      for (PolicySentence sentence : item.sentences()) {
        sentences.add(
            new IndexedSentence(
                sentence,
                citations.entrySet().stream()
                    .filter(entry -> entry.getKey().clause().equals(sentence.clause()))
                    .map(Map.Entry::getValue)
                    .toList()));
      }
      items.add(new IndexedItem(item, sentences));
    }
    return new ClauseIndexView(
        policy.text().title(), items, List.copyOf(strays.values()), unavailable);
  }

  private List<Located> deployedFiles() {
    List<Located> files = new ArrayList<>();
    for (ProcessVersion process : deployed.latestProcesses()) {
      files.add(
          new Located(
              ModelFile.of(bpmnName(process), deployed.processXml(process.key())),
              new CitationSource(
                  CitationSource.Type.DEPLOYED,
                  process.version(),
                  process.processId(),
                  "/modeler/deployed/processes/" + process.key())));
    }
    for (DecisionGraphVersion graph : deployed.latestDecisionGraphs()) {
      files.add(
          new Located(
              ModelFile.of(
                  graph.decisionRequirementsId() + ".dmn",
                  deployed.decisionRequirementsXml(graph.key())),
              new CitationSource(
                  CitationSource.Type.DEPLOYED,
                  graph.version(),
                  graph.decisionRequirementsId(),
                  "/modeler/deployed/decisions/" + graph.key())));
    }
    for (DeployedResource form : log.latestForms()) {
      files.add(
          new Located(
              form.file(),
              new CitationSource(
                  CitationSource.Type.DEPLOYED,
                  form.version(),
                  form.resourceId(),
                  "/modeler/deployed/forms/" + encode(form.resourceId()))));
    }
    return files;
  }

  private static String bpmnName(ProcessVersion process) {
    return process.resourceName() != null && process.resourceName().endsWith(".bpmn")
        ? process.resourceName()
        : process.processId() + ".bpmn";
  }

  private static CitationSource withElement(CitationSource source, String elementId) {
    return new CitationSource(
        source.type(),
        source.version(),
        source.path(),
        source.href() + "?element=" + encode(elementId));
  }

  private static IndexedCitation citation(CitingElement element, CitationSource source) {
    return new IndexedCitation(
        element.kind(),
        element.resourceId(),
        element.resourceName(),
        element.elementId(),
        element.elementType(),
        element.label(),
        element.ruleNumber(),
        element.detail(),
        List.of(source));
  }

  private static IndexedCitation withSource(IndexedCitation citation, CitationSource source) {
    List<CitationSource> sources = new ArrayList<>(citation.sources());
    sources.add(source);
    return new IndexedCitation(
        citation.kind(),
        citation.resourceId(),
        citation.resourceName(),
        citation.elementId(),
        citation.elementType(),
        citation.label(),
        citation.ruleNumber(),
        citation.detail(),
        sources);
  }

  private static StrayCitation merge(StrayCitation stray, CitationSource source) {
    return new StrayCitation(stray.citation(), withSource(stray.element(), source));
  }

  private static String stray(CitingElement element, String citation) {
    return element.kind() + "|" + element.resourceId() + "|" + element.elementId() + "|" + citation;
  }

  private static String encode(String segment) {
    return UriUtils.encodePathSegment(segment, java.nio.charset.StandardCharsets.UTF_8);
  }
}
