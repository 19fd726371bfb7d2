package org.tongxing.app.modeler.check;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.jobhandling.JobWorkerManager;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.tongxing.app.modeler.config.ModelerProperties;

/**
 * The job types that have a worker: those of the app's {@code @JobWorker} methods, as the Camunda
 * starter opened them (with their configured overrides), or as the annotations name them; and the
 * types configured as served elsewhere ({@code tongxing.modeler.external-job-types}).
 */
@Component
public class JobWorkerCatalogue {

  private final ObjectProvider<JobWorkerManager> manager;
  private final ApplicationContext context;
  private final ModelerProperties properties;
  private volatile Set<String> annotated;

  public JobWorkerCatalogue(
      ObjectProvider<JobWorkerManager> manager,
      ApplicationContext context,
      ModelerProperties properties) {
    this.manager = manager;
    this.context = context;
    this.properties = properties;
  }

  public boolean hasWorker(String type) {
    JobWorkerManager workers = manager.getIfAvailable();
    return (workers != null && workers.findJobWorkerConfigByType(type).isPresent())
        || annotatedTypes().contains(type)
        || properties.externalJobTypes().contains(type);
  }

  /** Every known job type, sorted: for the page that says which workers there are. */
  public Set<String> knownTypes() {
    Set<String> all = new TreeSet<>(annotatedTypes());
    all.addAll(properties.externalJobTypes());
    return all;
  }

  private Set<String> annotatedTypes() {
    Set<String> types = annotated;
    if (types == null) {
      types = new TreeSet<>();
      for (String name : context.getBeanDefinitionNames()) {
        Class<?> type = context.getType(name, false);
        if (type == null) {
          continue;
        }
        Set<String> found = types;
        ReflectionUtils.doWithMethods(
            ClassUtils.getUserClass(type),
            method -> {
              JobWorker worker = method.getAnnotation(JobWorker.class);
              if (worker != null && worker.enabled()) {
                found.add(worker.type().isBlank() ? method.getName() : worker.type());
              }
            });
      }
      annotated = types;
    }
    return types;
  }
}
