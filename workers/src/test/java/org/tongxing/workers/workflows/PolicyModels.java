package org.tongxing.workers.workflows;

import io.camunda.client.annotation.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeOutput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Reading the policy paths of {@code workflows/} and what the workers offer, for model tests: the
 * one place every process's tests read models, clauses and mappings from.
 */
final class PolicyModels {

  private PolicyModels() {}

  /** The id of every process in {@code workflows/}, as its file is named. */
  static List<String> processes() {
    return RepositoryFiles.ids("workflows", ".bpmn");
  }

  static BpmnModelInstance read(String processId) {
    try (InputStream bpmn =
        Files.newInputStream(RepositoryFiles.find("workflows/" + processId + ".bpmn"))) {
      return Bpmn.readModelFromStream(bpmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> ids(Collection<? extends BaseElement> elements) {
    return elements.stream().map(BaseElement::getId).toList();
  }

  /** The clause an element cites in its {@code policyClause} property, if any. */
  static Optional<String> policyClause(BaseElement element) {
    return Optional.ofNullable(element.getExtensionElements())
        .map(extensions -> extensions.getElementsQuery().filterByType(ZeebeProperties.class))
        .filter(query -> query.count() == 1)
        .map(query -> query.singleResult().getProperties())
        .flatMap(
            properties ->
                properties.stream()
                    .filter(property -> "policyClause".equals(property.getName()))
                    .map(ZeebeProperty::getValue)
                    .findFirst());
  }

  /** The source of the element's input mapping to {@code target}. */
  static String input(BaseElement element, String target) {
    return Optional.ofNullable(element.getSingleExtensionElement(ZeebeIoMapping.class)).stream()
        .flatMap(mapping -> mapping.getInputs().stream())
        .filter(input -> input.getTarget().equals(target))
        .map(ZeebeInput::getSource)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "Expected an input mapping to %s on %s, but found none"
                        .formatted(target, element.getId())));
  }

  /** The element's output mappings, source by target. */
  static Map<String, String> outputs(BaseElement element) {
    return Optional.ofNullable(element.getSingleExtensionElement(ZeebeIoMapping.class)).stream()
        .flatMap(mapping -> mapping.getOutputs().stream())
        .collect(Collectors.toMap(ZeebeOutput::getTarget, ZeebeOutput::getSource));
  }

  private static final Pattern DECISION_ID = Pattern.compile("<decision id=\"([^\"]+)\"");

  /** The id of every decision in {@code workflows/*.dmn}, tables and literal expressions. */
  static Set<String> decisionIds() {
    Set<String> ids = new HashSet<>();
    for (java.nio.file.Path file : RepositoryFiles.list("workflows", ".dmn")) {
      try {
        DECISION_ID.matcher(Files.readString(file)).results().forEach(m -> ids.add(m.group(1)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return ids;
  }

  /** The job types of every {@code @JobWorker} of the workers module. */
  static Set<String> workerJobTypes() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    Set<String> types = new HashSet<>();
    for (BeanDefinition bean : scanner.findCandidateComponents("org.tongxing.workers")) {
      try {
        for (Method method : Class.forName(bean.getBeanClassName()).getMethods()) {
          JobWorker worker = method.getAnnotation(JobWorker.class);
          if (worker != null) {
            types.add(worker.type());
          }
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return types;
  }
}
