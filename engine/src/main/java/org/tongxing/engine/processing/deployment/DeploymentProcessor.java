package org.tongxing.engine.processing.deployment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongxing.engine.api.DeploymentResult;
import org.tongxing.engine.api.DeploymentResult.DeployedFormInfo;
import org.tongxing.engine.api.DeploymentResult.DeployedProcessInfo;
import org.tongxing.engine.api.EngineCommand.Deploy;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.api.Resource;
import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.model.transform.BpmnTransformer;
import org.tongxing.engine.model.transform.TransformResult;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.behavior.EventSubscriptionBehavior;
import org.tongxing.engine.record.DeploymentIntent;
import org.tongxing.engine.record.DeploymentRecord;
import org.tongxing.engine.record.DeploymentRecord.ResourceMetadata;
import org.tongxing.engine.record.FormIntent;
import org.tongxing.engine.record.FormRecord;
import org.tongxing.engine.record.ProcessIntent;
import org.tongxing.engine.record.ProcessRecord;
import org.tongxing.engine.state.immutable.DeployedProcess;

/**
 * Deploys BPMN processes and forms as a whole: every resource is checked first and any problem
 * refuses the entire deployment. A resource identical to the latest version is not deployed again;
 * the deployment refers to that version.
 */
public final class DeploymentProcessor implements CommandProcessor<Deploy> {

  private final BpmnTransformer transformer;
  private final StartEventSubscriptions startEvents;
  private final DecisionDeployment decisions;

  public DeploymentProcessor(
      BpmnTransformer transformer,
      org.tongxing.engine.dmn.DecisionEngine decisionEngine,
      EventSubscriptionBehavior subscriptions) {
    this.transformer = transformer;
    this.startEvents = new StartEventSubscriptions(subscriptions);
    this.decisions = new DecisionDeployment(decisionEngine);
  }

  private record CheckedProcess(Resource resource, ExecutableProcess process, String checksum) {}

  private record CheckedForm(Resource resource, String formId, String json, String checksum) {}

  @Override
  public void process(Deploy command, ProcessingContext context) {
    if (command.resources().isEmpty()) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected to deploy at least one resource, but none given");
    }
    List<String> problems = new ArrayList<>();
    List<CheckedProcess> processes = new ArrayList<>();
    List<CheckedForm> forms = new ArrayList<>();
    List<DecisionDeployment.Checked> dmns = new ArrayList<>();
    Map<String, String> resourceById = new HashMap<>();
    for (Resource resource : command.resources()) {
      String name = resource.name() == null ? "" : resource.name();
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".bpmn") || lower.endsWith(".xml")) {
        TransformResult result = transformer.transform(resource.content());
        result.problems().forEach(p -> problems.add("'" + name + "': " + p));
        for (ExecutableProcess process : result.processes()) {
          String other = resourceById.put("process:" + process.getId(), name);
          if (other != null) {
            problems.add(
                "'"
                    + name
                    + "': Expected process id '"
                    + process.getId()
                    + "' to be unique in the deployment, but resource '"
                    + other
                    + "' has it too");
          }
          processes.add(new CheckedProcess(resource, process, checksum(resource.content())));
        }
      } else if (lower.endsWith(".dmn")) {
        DecisionDeployment.Checked dmn =
            decisions.check(resource, checksum(resource.content()), problems);
        if (dmn != null) {
          String other = resourceById.put("drg:" + dmn.parsed().id(), name);
          if (other != null) {
            problems.add(
                "'"
                    + name
                    + "': Expected decision requirements id '"
                    + dmn.parsed().id()
                    + "' to be unique in the deployment, but resource '"
                    + other
                    + "' has it too");
          }
          for (var decision : dmn.parsed().decisions()) {
            String owner = resourceById.put("decision:" + decision.id(), name);
            if (owner != null && !owner.equals(name)) {
              problems.add(
                  "'"
                      + name
                      + "': Expected decision id '"
                      + decision.id()
                      + "' to be unique in the deployment, but resource '"
                      + owner
                      + "' has it too");
            }
          }
          dmns.add(dmn);
        }
      } else if (lower.endsWith(".form")) {
        CheckedForm form = checkForm(resource, problems);
        if (form != null) {
          String other = resourceById.put("form:" + form.formId(), name);
          if (other != null) {
            problems.add(
                "'"
                    + name
                    + "': Expected form id '"
                    + form.formId()
                    + "' to be unique in the deployment, but resource '"
                    + other
                    + "' has it too");
          }
          forms.add(form);
        }
      } else {
        problems.add(
            "'"
                + name
                + "': Expected a resource ending in .bpmn, .xml, .dmn or .form,"
                + " but got '"
                + name
                + "'");
      }
    }
    if (!problems.isEmpty()) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected to deploy new resources, but encountered the following errors:\n"
              + String.join("\n", problems));
    }
    long deploymentKey = context.nextKey();
    // decisions first: a process in the same deployment may call them
    DecisionDeployment.Deployed deployedDecisions = decisions.deploy(dmns, deploymentKey, context);
    List<ResourceMetadata> processMetadata = new ArrayList<>();
    for (CheckedProcess checked : processes) {
      processMetadata.add(deployProcess(checked, deploymentKey, context));
    }
    List<ResourceMetadata> formMetadata = new ArrayList<>();
    for (CheckedForm checked : forms) {
      formMetadata.add(deployForm(checked, deploymentKey, context));
    }
    context.appendEvent(
        deploymentKey,
        DeploymentIntent.CREATED,
        new DeploymentRecord(
            deploymentKey,
            processMetadata,
            formMetadata,
            deployedDecisions.requirements(),
            deployedDecisions.decisions()));
    context.respond(
        new DeploymentResult(
            deploymentKey,
            processMetadata.stream()
                .map(m -> new DeployedProcessInfo(m.id(), m.version(), m.key(), m.resourceName()))
                .toList(),
            formMetadata.stream()
                .map(m -> new DeployedFormInfo(m.id(), m.version(), m.key(), m.resourceName()))
                .toList(),
            deployedDecisions.decisionInfo(),
            deployedDecisions.requirementsInfo()));
  }

  private ResourceMetadata deployProcess(
      CheckedProcess checked, long deploymentKey, ProcessingContext context) {
    String id = checked.process().getId();
    String name = checked.resource().name();
    DeployedProcess latest = context.state().processes().getLatest(id);
    if (latest != null && latest.record().checksum().equals(checked.checksum())) {
      return new ResourceMetadata(
          id, latest.record().version(), latest.key(), name, checked.checksum(), true);
    }
    int version = latest == null ? 1 : latest.record().version() + 1;
    long key = context.nextKey();
    context.appendEvent(
        key,
        ProcessIntent.CREATED,
        new ProcessRecord(
            id,
            checked.process().getName() == null ? "" : checked.process().getName(),
            version,
            key,
            name,
            checked.checksum(),
            new String(checked.resource().content(), StandardCharsets.UTF_8),
            deploymentKey));
    // the new version's timer and message start events replace the previous version's
    if (latest != null) {
      startEvents.close(latest, context);
    }
    startEvents.open(context.state().processes().getByKey(key), context);
    return new ResourceMetadata(id, version, key, name, checked.checksum(), false);
  }

  private static ResourceMetadata deployForm(
      CheckedForm checked, long deploymentKey, ProcessingContext context) {
    String name = checked.resource().name();
    FormRecord latest = context.state().forms().getLatest(checked.formId());
    if (latest != null && latest.checksum().equals(checked.checksum())) {
      return new ResourceMetadata(
          checked.formId(), latest.version(), latest.formKey(), name, checked.checksum(), true);
    }
    int version = latest == null ? 1 : latest.version() + 1;
    long key = context.nextKey();
    context.appendEvent(
        key,
        FormIntent.CREATED,
        new FormRecord(
            checked.formId(),
            version,
            key,
            name,
            checked.checksum(),
            checked.json(),
            deploymentKey));
    return new ResourceMetadata(checked.formId(), version, key, name, checked.checksum(), false);
  }

  private static CheckedForm checkForm(Resource resource, List<String> problems) {
    String json = new String(resource.content(), StandardCharsets.UTF_8);
    Object id;
    try {
      var node = org.tongxing.engine.json.JsonValues.mapper().readTree(json);
      if (node == null || !node.isObject()) {
        problems.add(
            "'"
                + resource.name()
                + "': Expected a form (a JSON object), but got "
                + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT)));
        return null;
      }
      id = node.hasNonNull("id") && node.get("id").isTextual() ? node.get("id").asText() : null;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      problems.add(
          "'"
              + resource.name()
              + "': Expected a form in JSON, but it could not be"
              + " parsed: "
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr());
      return null;
    }
    if (id == null || ((String) id).isBlank()) {
      problems.add(
          "'"
              + resource.name()
              + "': Expected the form to have a non-empty string 'id',"
              + " but it has none");
      return null;
    }
    return new CheckedForm(resource, (String) id, json, checksum(resource.content()));
  }

  private static String checksum(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Expected SHA-256 to be available", e);
    }
  }
}
