package org.tongxing.app.modeler.deploy;

import java.util.List;
import org.tongxing.app.modeler.check.CheckReport;
import org.tongxing.app.modeler.draft.DraftSnapshot;

/** What deploying a draft version would change, and whether the checks let it. */
public record DeploymentPlan(DraftSnapshot draft, CheckReport checks, List<PlannedFile> files) {

  public DeploymentPlan {
    files = List.copyOf(files);
  }

  /** Something would change: at least one file is new or differs from what runs. */
  public boolean changesAnything() {
    return files.stream().anyMatch(file -> !file.unchanged());
  }

  public boolean deployable() {
    return checks.passed() && changesAnything();
  }
}
