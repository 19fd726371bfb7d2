package org.tongxing.app.modeler.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.diff.ChangeType;

/**
 * What a deployment changes, in a few sentences of the deployer's language, kept with the
 * deployment's record (so the record says what the confirmation said).
 */
@Component
public class PlanSummary {

  private final MessageSource messages;

  public PlanSummary(MessageSource messages) {
    this.messages = messages;
  }

  public String of(DeploymentPlan plan) {
    Locale locale = LocaleContextHolder.getLocale();
    List<String> lines = new ArrayList<>();
    for (PlannedFile file : plan.files()) {
      String name = file.summary().label() + " (" + file.changes().fileName() + ")";
      if (file.unchanged()) {
        lines.add(
            messages.getMessage(
                "modeler.summary.unchanged", new Object[] {name, file.deployedVersion()}, locale));
        continue;
      }
      lines.add(
          messages.getMessage(
              "modeler.summary.file",
              new Object[] {
                name,
                file.deployedVersion() == null ? "-" : file.deployedVersion(),
                file.nextVersion(),
                file.changes().of(ChangeType.ADDED).size(),
                file.changes().of(ChangeType.REMOVED).size(),
                file.changes().of(ChangeType.CHANGED).size()
              },
              locale));
      if (file.runningInstanceCount() > 0) {
        lines.add(
            messages.getMessage(
                "modeler.summary.running",
                new Object[] {file.runningInstanceCount(), file.runningInstances().keySet()},
                locale));
      }
      for (PlannedFile.Usage usage : file.usedBy()) {
        lines.add(
            messages.getMessage(
                "modeler.summary.usedBy",
                new Object[] {usage.process(), usage.processVersion(), usage.element()},
                locale));
      }
    }
    return String.join("\n", lines);
  }
}
