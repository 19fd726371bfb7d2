package org.tongxing.engine.processing.deployment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tongxing.engine.api.DeploymentResult.DeployedDecisionInfo;
import org.tongxing.engine.api.DeploymentResult.DeployedDecisionRequirementsInfo;
import org.tongxing.engine.api.Resource;
import org.tongxing.engine.dmn.DecisionEngine;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.DecisionIntent;
import org.tongxing.engine.record.DecisionRecord;
import org.tongxing.engine.record.DecisionRequirementsIntent;
import org.tongxing.engine.record.DecisionRequirementsRecord;
import org.tongxing.engine.record.DeploymentRecord.ResourceMetadata;

/**
 * DMN resources: each is a decision requirements graph (DRG) with one or more decisions. A DRG
 * identical to its latest version is not deployed again; otherwise it and each of its decisions get
 * a new version.
 */
final class DecisionDeployment {

  private final DecisionEngine engine;

  DecisionDeployment(DecisionEngine engine) {
    this.engine = engine;
  }

  /** A DMN resource that parsed, ready to deploy. */
  record Checked(Resource resource, DecisionEngine.Parsed parsed, String checksum) {}

  /** What deploying the DMN resources created or found already deployed. */
  record Deployed(
      List<ResourceMetadata> requirements,
      List<ResourceMetadata> decisions,
      List<DeployedDecisionRequirementsInfo> requirementsInfo,
      List<DeployedDecisionInfo> decisionInfo) {}

  /** Parses a resource; adds a problem and returns null when it is not valid DMN. */
  Checked check(Resource resource, String checksum, List<String> problems) {
    try {
      DecisionEngine.Parsed parsed = engine.parse(resource.content());
      if (parsed.decisions().isEmpty()) {
        problems.add("'" + resource.name() + "': Expected at least one decision, but found none");
        return null;
      }
      return new Checked(resource, parsed, checksum);
    } catch (IllegalArgumentException e) {
      problems.add(
          "'"
              + resource.name()
              + "': Expected a DMN 1.3 decision model, but it could"
              + " not be parsed: "
              + e.getMessage());
      return null;
    }
  }

  Deployed deploy(List<Checked> resources, long deploymentKey, ProcessingContext context) {
    List<ResourceMetadata> requirements = new ArrayList<>();
    List<ResourceMetadata> decisions = new ArrayList<>();
    List<DeployedDecisionRequirementsInfo> requirementsInfo = new ArrayList<>();
    List<DeployedDecisionInfo> decisionInfo = new ArrayList<>();
    for (Checked checked : resources) {
      String id = checked.parsed().id();
      String name = checked.resource().name();
      var latest = context.state().decisions().getLatestRequirements(id);
      if (latest != null && latest.record().checksum().equals(checked.checksum())) {
        var record = latest.record();
        requirements.add(
            new ResourceMetadata(
                id,
                record.version(),
                record.decisionRequirementsKey(),
                name,
                checked.checksum(),
                true));
        requirementsInfo.add(
            new DeployedDecisionRequirementsInfo(
                id, record.name(), record.version(), record.decisionRequirementsKey(), name));
        for (var decision : checked.parsed().decisions()) {
          DecisionRecord deployed = context.state().decisions().getLatestDecision(decision.id());
          decisions.add(
              new ResourceMetadata(
                  decision.id(),
                  deployed.version(),
                  deployed.decisionKey(),
                  name,
                  checked.checksum(),
                  true));
          decisionInfo.add(info(deployed));
        }
        continue;
      }
      int version = latest == null ? 1 : latest.record().version() + 1;
      long requirementsKey = context.nextKey();
      DecisionRequirementsRecord record =
          new DecisionRequirementsRecord(
              id,
              checked.parsed().name() == null ? "" : checked.parsed().name(),
              version,
              requirementsKey,
              name,
              checked.checksum(),
              new String(checked.resource().content(), StandardCharsets.UTF_8),
              deploymentKey);
      context.appendEvent(requirementsKey, DecisionRequirementsIntent.CREATED, record);
      requirements.add(
          new ResourceMetadata(id, version, requirementsKey, name, checked.checksum(), false));
      requirementsInfo.add(
          new DeployedDecisionRequirementsInfo(id, record.name(), version, requirementsKey, name));
      for (var decision : checked.parsed().decisions()) {
        DecisionRecord previous = context.state().decisions().getLatestDecision(decision.id());
        long decisionKey = context.nextKey();
        DecisionRecord deployed =
            new DecisionRecord(
                decision.id(),
                decision.name() == null ? "" : decision.name(),
                previous == null ? 1 : previous.version() + 1,
                decisionKey,
                id,
                requirementsKey,
                deploymentKey);
        context.appendEvent(decisionKey, DecisionIntent.CREATED, deployed);
        decisions.add(
            new ResourceMetadata(
                decision.id(), deployed.version(), decisionKey, name, checked.checksum(), false));
        decisionInfo.add(info(deployed));
      }
    }
    return new Deployed(requirements, decisions, requirementsInfo, decisionInfo);
  }

  private static DeployedDecisionInfo info(DecisionRecord decision) {
    return new DeployedDecisionInfo(
        decision.decisionId(),
        decision.name(),
        decision.version(),
        decision.decisionKey(),
        decision.decisionRequirementsId(),
        decision.decisionRequirementsKey());
  }
}
