package org.tongxing.gateway.deployment;

import io.camunda.client.protocol.rest.DeploymentDecisionRequirementsResult;
import io.camunda.client.protocol.rest.DeploymentDecisionResult;
import io.camunda.client.protocol.rest.DeploymentFormResult;
import io.camunda.client.protocol.rest.DeploymentMetadataResult;
import io.camunda.client.protocol.rest.DeploymentProcessResult;
import io.camunda.client.protocol.rest.DeploymentResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongxing.engine.Engine;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.api.Resource;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.support.GatewayDefaults;
import org.tongxing.gateway.support.Keys;

/** Deploys BPMN processes and forms, sent as multipart parts named {@code resources}. */
@RestController
@RequestMapping("/v2/deployments")
@ConditionalOnEmbeddedRuntime
public class DeploymentController {

  private final Engine engine;

  public DeploymentController(Engine engine) {
    this.engine = engine;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public CompletableFuture<DeploymentResult> deploy(
      @RequestPart("resources") List<MultipartFile> files) throws IOException {
    List<Resource> resources = new ArrayList<>();
    for (MultipartFile file : files) {
      String name = file.getOriginalFilename();
      if (name == null || name.isBlank()) {
        throw new CommandRejectedException(
            RejectionType.INVALID_ARGUMENT,
            "Expected every resource to have a file name, but one has none");
      }
      resources.add(new Resource(name, file.getBytes()));
    }
    return engine.deploy(new EngineCommand.Deploy(resources)).thenApply(this::toResult);
  }

  private DeploymentResult toResult(org.tongxing.engine.api.DeploymentResult result) {
    List<DeploymentMetadataResult> deployments = new ArrayList<>();
    for (var process : result.processes()) {
      DeploymentProcessResult processResult = new DeploymentProcessResult();
      processResult.setProcessDefinitionId(process.bpmnProcessId());
      processResult.setProcessDefinitionVersion(process.version());
      processResult.setProcessDefinitionKey(Keys.format(process.processDefinitionKey()));
      processResult.setResourceName(process.resourceName());
      processResult.setTenantId(GatewayDefaults.TENANT);
      DeploymentMetadataResult metadata = new DeploymentMetadataResult();
      metadata.setProcessDefinition(processResult);
      deployments.add(metadata);
    }
    for (var form : result.forms()) {
      DeploymentFormResult formResult = new DeploymentFormResult();
      formResult.setFormId(form.formId());
      formResult.setVersion(form.version());
      formResult.setFormKey(Keys.format(form.formKey()));
      formResult.setResourceName(form.resourceName());
      formResult.setTenantId(GatewayDefaults.TENANT);
      DeploymentMetadataResult metadata = new DeploymentMetadataResult();
      metadata.setForm(formResult);
      deployments.add(metadata);
    }
    for (var requirements : result.decisionRequirements()) {
      DeploymentDecisionRequirementsResult requirementsResult =
          new DeploymentDecisionRequirementsResult();
      requirementsResult.setDecisionRequirementsId(requirements.decisionRequirementsId());
      requirementsResult.setDecisionRequirementsName(requirements.name());
      requirementsResult.setVersion(requirements.version());
      requirementsResult.setDecisionRequirementsKey(
          Keys.format(requirements.decisionRequirementsKey()));
      requirementsResult.setResourceName(requirements.resourceName());
      requirementsResult.setTenantId(GatewayDefaults.TENANT);
      DeploymentMetadataResult metadata = new DeploymentMetadataResult();
      metadata.setDecisionRequirements(requirementsResult);
      deployments.add(metadata);
    }
    for (var decision : result.decisions()) {
      DeploymentDecisionResult decisionResult = new DeploymentDecisionResult();
      decisionResult.setDecisionDefinitionId(decision.decisionId());
      decisionResult.setName(decision.name());
      decisionResult.setVersion(decision.version());
      decisionResult.setDecisionDefinitionKey(Keys.format(decision.decisionKey()));
      decisionResult.setDecisionRequirementsId(decision.decisionRequirementsId());
      decisionResult.setDecisionRequirementsKey(Keys.format(decision.decisionRequirementsKey()));
      decisionResult.setTenantId(GatewayDefaults.TENANT);
      DeploymentMetadataResult metadata = new DeploymentMetadataResult();
      metadata.setDecisionDefinition(decisionResult);
      deployments.add(metadata);
    }
    DeploymentResult deployment = new DeploymentResult();
    deployment.setDeploymentKey(Keys.format(result.deploymentKey()));
    deployment.setTenantId(GatewayDefaults.TENANT);
    deployment.setDeployments(deployments);
    return deployment;
  }
}
