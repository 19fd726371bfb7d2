package org.tongxing.app.modeler.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.resource.ModelFile;

/**
 * Runs every check on files that would be deployed together: the server's verdict, which the
 * deployment obeys. The browser's live lint (bpmnlint with the Camunda 8 rules) shows more while
 * editing; what it finds that matters to the engine is checked here too.
 */
@Component
public class DraftChecker {

  private final List<DraftCheck> checks;

  DraftChecker(List<DraftCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  public CheckReport check(List<ModelFile> files) {
    List<Problem> problems = new ArrayList<>();
    CheckContext context = CheckContext.of(files, problems);
    for (DraftCheck check : checks) {
      check.check(context, problems);
    }
    problems.sort(
        Comparator.comparing(Problem::severity)
            .thenComparing(Problem::fileName)
            .thenComparing(problem -> problem.elementId() == null ? "" : problem.elementId()));
    return new CheckReport(problems);
  }
}
