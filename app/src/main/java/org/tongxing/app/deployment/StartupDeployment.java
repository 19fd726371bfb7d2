package org.tongxing.app.deployment;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the policy paths ({@code workflows/}) and their forms ({@code forms/}) through the
 * Camunda client once the app is ready, so its own REST API already listens on the embedded
 * runtime. Unchanged resources are recognised as duplicates and keep their versions.
 */
@Component
@ConditionalOnProperty(name = "tongxing.deploy-on-startup", havingValue = "true",
    matchIfMissing = true)
public class StartupDeployment {

  private static final Logger LOG = LoggerFactory.getLogger(StartupDeployment.class);
  static final List<String> PATTERNS = List.of(
      "classpath*:workflows/*.bpmn", "classpath*:workflows/*.dmn", "classpath*:forms/*.form",
      // the tasklist's helper process for co-signers (加签) and its form
      "classpath*:approval/*.bpmn", "classpath*:approval/*.form");

  private final CamundaClient client;
  private final ResourcePatternResolver resources;
  private final Duration requestTimeout;

  /**
   * @param requestTimeout how long the deployment of everything may take: the client's default
   *     (10 s) was seen to run out on a loaded machine with the policy's twenty-odd resources
   */
  public StartupDeployment(CamundaClient client, ResourcePatternResolver resources,
      @Value("${tongxing.deployment.request-timeout:60s}") Duration requestTimeout) {
    this.client = client;
    this.resources = resources;
    this.requestTimeout = requestTimeout;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void deploy() {
    List<Resource> found = find();
    if (found.isEmpty()) {
      LOG.warn("No workflows or forms found to deploy ({})", PATTERNS);
      return;
    }
    DeployResourceCommandStep2 command = null;
    for (Resource resource : found) {
      try (InputStream content = resource.getInputStream()) {
        command = command == null
            ? client.newDeployResourceCommand().addResourceBytes(content.readAllBytes(),
                resource.getFilename())
            : command.addResourceBytes(content.readAllBytes(), resource.getFilename());
      } catch (IOException e) {
        throw new UncheckedIOException("Expected to read " + resource, e);
      }
    }
    DeploymentEvent deployment = command.requestTimeout(requestTimeout).send().join();
    deployment.getProcesses().forEach(p -> LOG.info("Deployed process {} version {} ({})",
        p.getBpmnProcessId(), p.getVersion(), p.getResourceName()));
    deployment.getForm().forEach(f -> LOG.info("Deployed form {} version {} ({})",
        f.getFormId(), f.getVersion(), f.getResourceName()));
  }

  private List<Resource> find() {
    List<Resource> found = new ArrayList<>();
    for (String pattern : PATTERNS) {
      try {
        for (Resource resource : resources.getResources(pattern)) {
          if (resource.exists() && resource.getFilename() != null) {
            found.add(resource);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Expected to list " + pattern, e);
      }
    }
    found.sort(Comparator.comparing(Resource::getFilename));
    return found;
  }
}
