package org.tongxing.app.modeler.check;

import java.util.List;

/** What the checks found, errors first. */
public record CheckReport(List<Problem> problems) {

  public CheckReport {
    problems = List.copyOf(problems);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(problem -> !problem.isError()).toList();
  }

  /** No error: the files may be deployed. */
  public boolean passed() {
    return errors().isEmpty();
  }

  public List<Problem> of(String fileName) {
    return problems.stream().filter(problem -> problem.fileName().equals(fileName)).toList();
  }
}
