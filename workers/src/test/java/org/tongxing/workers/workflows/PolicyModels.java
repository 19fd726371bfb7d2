package org.tongxing.workers.workflows;

import io.camunda.client.annotation.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/** Reading the policy paths of {@code workflows/} and what the workers offer, for model tests. */
final class PolicyModels {

  private PolicyModels() {}

  static BpmnModelInstance read(String processId) {
    try (InputStream bpmn =
        Files.newInputStream(RepositoryFiles.find("workflows/" + processId + ".bpmn"))) {
      return Bpmn.readModelFromStream(bpmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
