package org.tongxing.app.modeler.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tongxing.app.modeler.check.CheckReport;
import org.tongxing.app.modeler.check.Problem;

/** Turns the checks' problems into sentences of the page's language ({@code modeler.check.*}). */
@Component
public class ProblemMessages {

  private final MessageSource messages;

  public ProblemMessages(MessageSource messages) {
    this.messages = messages;
  }

  public List<ProblemView> of(CheckReport report) {
    Locale locale = LocaleContextHolder.getLocale();
    return report.problems().stream().map(problem -> view(problem, locale)).toList();
  }

  private ProblemView view(Problem problem, Locale locale) {
    String message =
        messages.getMessage(
            "modeler.check." + problem.code(),
            problem.arguments().toArray(),
            problem.code() + " " + problem.arguments(),
            locale);
    return new ProblemView(
        problem.severity().name(),
        problem.code(),
        problem.fileName(),
        problem.elementId(),
        problem.elementLabel(),
        message,
        problem.detail());
  }
}
